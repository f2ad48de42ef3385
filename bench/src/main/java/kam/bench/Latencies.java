package kam.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Latency samples in microseconds, with the errors and the wall time they came from; thread-safe. */
final class Latencies {
    private long[] samples = new long[1024];
    private int count;
    private int errors;
    private final Map<String, Integer> errorsByKind = new TreeMap<>();

    synchronized void record(long micros) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = micros;
    }

    /** A failed request: its status, or what kind of failure it was. */
    synchronized void error(String kind) {
        errors++;
        errorsByKind.merge(kind, 1, Integer::sum);
    }

    /** What a run of {@code seconds} gave: answered requests a second and the latency percentiles in ms. */
    synchronized Summary summary(double seconds) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Summary(
                count,
                errors,
                Map.copyOf(errorsByKind),
                count / seconds,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 99),
                percentile(sorted, 99.9));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }

    /** Throughput in answers a second; latencies in milliseconds. */
    record Summary(
            int answered,
            int errors,
            Map<String, Integer> errorsByKind,
            double throughput,
            double p50,
            double p90,
            double p99,
            double p999) {}
}
