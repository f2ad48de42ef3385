package kam.bench;

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
}
