package kam.bench;

import java.util.List;
import java.util.Locale;

/**
 * One line of the results: a scenario or baseline under one load, its figures, its ratio to the baseline named, and
 * the aim it is held to (null when it has none).
 */
record Row(
        String name, String load, Latencies.Summary figures, String baseline, Double ratio, String aim, Boolean met) {

    static Row of(String name, String load, Latencies.Summary figures) {
        return new Row(name, load, figures, null, null, null, null);
    }

    Row against(String baseline, double ratio) {
        return new Row(name, load, figures, baseline, ratio, aim, met);
    }

    Row aim(String aim, boolean met) {
        return new Row(name, load, figures, baseline, ratio, aim, met);
    }

    /** The rows as the Markdown table README.md shows. */
    static void printTable(List<Row> rows) {
        System.out.println("| scenario | load | answered/s | p50 ms | p90 ms | p99 ms | p99.9 ms | errors | against |"
                + " ratio | aim | met |");
        System.out.println("|---|---|--:|--:|--:|--:|--:|--:|---|--:|---|---|");
        for (Row row : rows) {
            Latencies.Summary f = row.figures();
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %s | %s | %s | %s |%n",
                    row.name(),
                    row.load(),
                    f.throughput(),
                    f.p50(),
                    f.p90(),
                    f.p99(),
                    f.p999(),
                    f.errors(),
                    row.baseline() == null ? "" : row.baseline(),
                    row.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", row.ratio()),
                    row.aim() == null ? "" : row.aim(),
                    row.met() == null ? "" : row.met() ? "met" : "missed");
        }
    }
}
