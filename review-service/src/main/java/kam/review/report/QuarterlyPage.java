package kam.review.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the quarterly results page shows, worked out from the results: the tiles, the bars of each chart with their
 * places and labels, and the table's cells as text. The page itself is the template QuarterlyHtml/page.html.
 */
public record QuarterlyPage(
        String quarter,
        String period,
        List<Tile> tiles,
        Chart scores,
        Chart reviews,
        Concentration concentration,
        List<List<String>> table) {
    static final int BAR_HEIGHT = 18;
    static final int LABEL_WIDTH = 220;
    static final int CHART_WIDTH = 420;
    static final int WIDTH = LABEL_WIDTH + CHART_WIDTH + 160;
    private static final String GREEN = "#2e7d32";
    private static final String RED = "#c62828";

    public record Tile(String label, String value) {}

    public record Bar(int x, int width, String colour) {
        public int height() {
            return BAR_HEIGHT;
        }
    }

    /** One account's line of a chart: its name at the left, its bars, a label after them. */
    public record Row(int y, String name, List<Bar> bars, int labelX, String label) {
        public int textY() {
            return y + 13;
        }
    }

    public record Chart(String title, int height, List<Row> rows) {
        public int width() {
            return WIDTH;
        }
    }

    public record Group(String name, String share) {}

    /** Null when scoring had not measured concentration by the end of the quarter. */
    public record Concentration(
            Chart chart, String herfindahlHirschman, int accounts, String measuredAt, List<Group> flagged) {}

    public static QuarterlyPage of(QuarterlyResults results) {
        QuarterlyResults.Totals totals = results.totals();
        List<Tile> tiles = List.of(
                new Tile("Accounts in the cadence", Integer.toString(totals.accounts())),
                new Tile("Reviews held", Integer.toString(totals.reviewsHeld())),
                new Tile("Reviews missed", Integer.toString(totals.reviewsMissed())),
                new Tile(
                        "Action items closed within 30 days", percent(totals.actionItemsClosedWithinThirtyDaysShare())),
                new Tile(
                        "Top-20 share of revenue",
                        percent(results.concentration().top20Share())));
        return new QuarterlyPage(
                results.quarter(),
                results.from() + " to " + results.to() + ", composed " + results.composedAt(),
                tiles,
                scoreChart(results.accounts()),
                reviewChart(results.accounts()),
                concentration(results.concentration()),
                results.accounts().stream().map(QuarterlyPage::cells).toList());
    }

    private static Chart scoreChart(List<QuarterlyResults.AccountLine> accounts) {
        List<Row> rows = new ArrayList<>();
        int y = 5;
        for (QuarterlyResults.AccountLine a : accounts) {
            double score = a.scoreAtEnd() == null ? 0 : a.scoreAtEnd();
            int width = (int) Math.round(score / 100 * CHART_WIDTH);
            String trend = a.scoreTrend() == null ? "" : String.format(Locale.ROOT, " (%+.1f)", a.scoreTrend());
            String colour = a.scoreTrend() == null || a.scoreTrend() >= 0 ? GREEN : RED;
            String label = a.scoreAtEnd() == null ? "no score" : String.format(Locale.ROOT, "%.1f", score) + trend;
            rows.add(new Row(y, name(a), List.of(new Bar(LABEL_WIDTH, width, colour)), LABEL_WIDTH + width + 4, label));
            y += BAR_HEIGHT + 4;
        }
        return new Chart("Score out of 100 per account, with the change over the quarter", height(accounts), rows);
    }

    private static Chart reviewChart(List<QuarterlyResults.AccountLine> accounts) {
        int most = accounts.stream()
                .mapToInt(a -> a.reviewsHeld() + a.reviewsMissed())
                .max()
                .orElse(1);
        double unit = CHART_WIDTH / (double) Math.max(1, most);
        List<Row> rows = new ArrayList<>();
        int y = 5;
        for (QuarterlyResults.AccountLine a : accounts) {
            int held = (int) Math.round(a.reviewsHeld() * unit);
            int missed = (int) Math.round(a.reviewsMissed() * unit);
            rows.add(new Row(
                    y,
                    name(a),
                    List.of(new Bar(LABEL_WIDTH, held, GREEN), new Bar(LABEL_WIDTH + held, missed, RED)),
                    LABEL_WIDTH + held + missed + 4,
                    a.reviewsHeld() + " held, " + a.reviewsMissed() + " missed"));
            y += BAR_HEIGHT + 4;
        }
        return new Chart("Reviews held (green) and missed (red) per account", height(accounts), rows);
    }

    private static Concentration concentration(QuarterlyResults.Concentration c) {
        if (c.top20Share() == null) {
            return null;
        }
        int top = (int) Math.round(c.top20Share() * CHART_WIDTH);
        Row row = new Row(
                5,
                "Top 20 accounts",
                List.of(new Bar(LABEL_WIDTH, top, "#1565c0"), new Bar(LABEL_WIDTH + top, CHART_WIDTH - top, "#bbdefb")),
                LABEL_WIDTH + CHART_WIDTH + 4,
                percent(c.top20Share()));
        return new Concentration(
                new Chart("Share of revenue from the 20 largest accounts", 40, List.of(row)),
                String.format(Locale.ROOT, "%.0f", c.herfindahlHirschman()),
                c.accounts(),
                String.valueOf(c.measuredAt()),
                c.flagged().stream()
                        .map(g -> new Group(g.name() == null ? g.groupId().toString() : g.name(), percent(g.share())))
                        .toList());
    }

    private static List<String> cells(QuarterlyResults.AccountLine a) {
        return List.of(
                a.name() == null ? "" : a.name(),
                tiers(a),
                number(a.scoreAtEnd()),
                a.scoreTrend() == null ? "" : String.format(Locale.ROOT, "%+.1f", a.scoreTrend()),
                Integer.toString(a.approvedPlans()),
                Integer.toString(a.objectivesAchieved()),
                a.planActionsCompleted() + " (" + a.planActionsCompletedOnTime() + ")",
                Integer.toString(a.planActionsOverdue()),
                Integer.toString(a.reviewsHeld()),
                Integer.toString(a.reviewsMissed()),
                percent(a.actionItemsClosedWithinThirtyDaysShare()));
    }

    private static String tiers(QuarterlyResults.AccountLine a) {
        String start = a.tierAtStart() == null ? "none" : a.tierAtStart();
        String end = a.tierAtEnd() == null ? "none" : a.tierAtEnd();
        return start.equals(end) ? end : start + " to " + end;
    }

    private static String name(QuarterlyResults.AccountLine a) {
        return a.name() == null ? "(unnamed)" : a.name();
    }

    private static int height(List<QuarterlyResults.AccountLine> accounts) {
        return Math.max(1, accounts.size()) * (BAR_HEIGHT + 4) + 10;
    }

    private static String percent(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
