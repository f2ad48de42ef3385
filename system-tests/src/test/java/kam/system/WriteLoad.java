package kam.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady, bounded write load while a fault happens: renames of a few accounts through the gateway at a fixed rate,
 * round robin, from a thread of its own. It counts the writes attempted and acknowledged, and remembers each account's
 * version before the first write, so that every change committed after it can be matched with its event.
 */
final class WriteLoad implements AutoCloseable {
    private final Api api;
    private final String bearer;
    private final List<String> accounts;
    private final Map<String, Long> versionsBefore = new LinkedHashMap<>();
    private final AtomicInteger attempted = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

    private WriteLoad(Api api, String bearer, List<String> accounts) {
        this.api = api;
        this.bearer = bearer;
        this.accounts = accounts;
        accounts.forEach(account -> versionsBefore.put(account, version(account)));
    }

    /** Starts renaming the accounts, {@code perSecond} writes a second in all. */
    static WriteLoad start(Api api, String bearer, List<String> accounts, int perSecond) {
        WriteLoad load = new WriteLoad(api, bearer, accounts);
        load.writer.scheduleAtFixedRate(load::writeOnce, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        return load;
    }

    private void writeOnce() {
        int n = attempted.incrementAndGet();
        String account = accounts.get(n % accounts.size());
        try {
            Api.Answer current = api.get("/api/v1/accounts/" + account, bearer);
            if (current.status() != 200) {
                return;
            }
            Api.Answer renamed = api.send(
                    "PATCH",
                    "/api/v1/accounts/" + account,
                    bearer,
                    Map.of("name", "Load Co write " + n),
                    "application/merge-patch+json",
                    current.etag());
            if (renamed.status() == 200) {
                acknowledged.incrementAndGet();
            }
        } catch (RuntimeException e) {
            // Not acknowledged: the gateway could not be reached or answered nothing in time.
        }
    }

    /** Stops writing and waits for the write in flight. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> accounts() {
        return accounts;
    }

    long versionBefore(String account) {
        return versionsBefore.get(account);
    }

    /** The account's version now: every version after {@link #versionBefore} is a committed change. */
    long version(String account) {
        Api.Answer answer = api.get("/api/v1/accounts/" + account, bearer);
        if (answer.status() != 200) {
            throw new IllegalStateException("account " + account + ": " + answer.status() + " " + answer.body());
        }
        return answer.body().get("version").asLong();
    }

    int attempted() {
        return attempted.get();
    }

    int acknowledged() {
        return acknowledged.get();
    }
}
