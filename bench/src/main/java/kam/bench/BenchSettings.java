package kam.bench;

import java.time.Duration;
import java.util.List;

/** How long and how hard: the full run, or the smoke run's few seconds. */
record BenchSettings(
        boolean full,
        Duration step,
        double[] readRates,
        int clients,
        double writeRate,
        double propagationRate,
        int rescoreAccounts,
        int members,
        int stakeholders,
        double mapRate,
        List<String> startupModules,
        int kafkaMessages,
        int pool) {
    /** The services S7 starts, in the full run. */
    static final List<String> MODULES =
            List.of("account-service", "scoring-service", "planning-service", "review-service", "gateway");

    static final BenchSettings FULL = new BenchSettings(
            true,
            Duration.ofSeconds(20),
            new double[] {500, 1000, 2000},
            16,
            200,
            100,
            100_000,
            20,
            50,
            50,
            MODULES,
            2000,
            200);
    static final BenchSettings SMOKE = new BenchSettings(
            false,
            Duration.ofSeconds(2),
            new double[] {100},
            4,
            40,
            20,
            2000,
            4,
            10,
            20,
            List.of("account-service"),
            100,
            20);
}
