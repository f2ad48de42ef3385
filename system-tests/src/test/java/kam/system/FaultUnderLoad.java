package kam.system;

import static kam.system.SharedPlatform.admin;
import static kam.system.SharedPlatform.api;
import static kam.system.SharedPlatform.platform;

import java.time.Instant;
import java.util.List;

/**
 * A fault injected while a steady write load renames some accounts: 2 s of load before it, the fault, 3 s after, and
 * then a wait for every committed change to reach scoring, so that the report says what became of each.
 */
final class FaultUnderLoad {
    static final int WRITES_PER_SECOND = 4;

    private FaultUnderLoad() {}

    static FaultReport run(String fault, List<String> accounts, Runnable inject) {
        EventLedger ledger = EventLedger.openAt(platform().bootstrapServers());
        WriteLoad load = WriteLoad.start(api(), admin(), accounts, WRITES_PER_SECOND);
        Instant ended;
        try (load) {
            SystemPlatform.sleep(2000);
            inject.run();
            ended = Instant.now();
            SystemPlatform.sleep(3000);
        }
        return new Deliveries(platform()).settle(fault, load, ledger, ended);
    }
}
