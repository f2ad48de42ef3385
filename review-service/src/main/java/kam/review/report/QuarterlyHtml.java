package kam.review.report;

import java.util.List;
import java.util.Locale;

/**
 * The quarter's results as one self-contained HTML page for the executive meeting: no script, no external file; the
 * charts are inline SVG (score per account with its trend, reviews held and missed, revenue concentration).
 */
public final class QuarterlyHtml {
    private static final int BAR_HEIGHT = 18;
    private static final int LABEL_WIDTH = 220;
    private static final int CHART_WIDTH = 420;

    private QuarterlyHtml() {}

    public static String of(QuarterlyResults results) {
        QuarterlyResults.Totals totals = results.totals();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Key account results ")
                .append(escape(results.quarter()))
                .append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}")
                .append(
                        "table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ccc;padding:.3rem .5rem}")
                .append("th{background:#f3f3f3}td.n{text-align:right}.tiles{display:flex;gap:1rem;margin:1rem 0}")
                .append(
                        ".tile{border:1px solid #ccc;border-radius:6px;padding:.8rem 1.2rem}.tile b{font-size:1.6rem;display:block}")
                .append("</style></head><body>\n");
        html.append("<h1>Key account results ")
                .append(escape(results.quarter()))
                .append("</h1><p>")
                .append(results.from())
                .append(" to ")
                .append(results.to())
                .append(", composed ")
                .append(results.composedAt())
                .append("</p>\n<div class=\"tiles\">")
                .append(tile("Accounts in the cadence", Integer.toString(totals.accounts())))
                .append(tile("Reviews held", Integer.toString(totals.reviewsHeld())))
                .append(tile("Reviews missed", Integer.toString(totals.reviewsMissed())))
                .append(tile(
                        "Action items closed within 30 days", percent(totals.actionItemsClosedWithinThirtyDaysShare())))
                .append(tile(
                        "Top-20 share of revenue",
                        percent(results.concentration().top20Share())))
                .append("</div>\n");
        html.append("<h2>Score at the end of the quarter</h2>\n").append(scoreChart(results.accounts()));
        html.append("<h2>Reviews held and missed</h2>\n").append(reviewChart(results.accounts()));
        html.append("<h2>Revenue concentration</h2>\n").append(concentration(results.concentration()));
        html.append("<h2>Per account</h2>\n").append(table(results.accounts()));
        return html.append("</body></html>\n").toString();
    }

    private static String tile(String label, String value) {
        return "<div class=\"tile\"><b>" + escape(value) + "</b>" + escape(label) + "</div>";
    }

    private static String scoreChart(List<QuarterlyResults.AccountLine> accounts) {
        int height = Math.max(1, accounts.size()) * (BAR_HEIGHT + 4) + 10;
        StringBuilder svg = svgStart(height, "Score out of 100 per account, with the change over the quarter");
        int y = 5;
        for (QuarterlyResults.AccountLine a : accounts) {
            double score = a.scoreAtEnd() == null ? 0 : a.scoreAtEnd();
            int width = (int) Math.round(score / 100 * CHART_WIDTH);
            String trend = a.scoreTrend() == null ? "" : String.format(Locale.ROOT, " (%+.1f)", a.scoreTrend());
            String colour = a.scoreTrend() == null || a.scoreTrend() >= 0 ? "#2e7d32" : "#c62828";
            label(svg, y, a.name());
            svg.append(rect(LABEL_WIDTH, y, width, colour))
                    .append(text(
                            LABEL_WIDTH + width + 4,
                            y + 13,
                            a.scoreAtEnd() == null ? "no score" : String.format(Locale.ROOT, "%.1f", score) + trend));
            y += BAR_HEIGHT + 4;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String reviewChart(List<QuarterlyResults.AccountLine> accounts) {
        int most = accounts.stream()
                .mapToInt(a -> a.reviewsHeld() + a.reviewsMissed())
                .max()
                .orElse(1);
        double unit = CHART_WIDTH / (double) Math.max(1, most);
        int height = Math.max(1, accounts.size()) * (BAR_HEIGHT + 4) + 10;
        StringBuilder svg = svgStart(height, "Reviews held (green) and missed (red) per account");
        int y = 5;
        for (QuarterlyResults.AccountLine a : accounts) {
            int held = (int) Math.round(a.reviewsHeld() * unit);
            int missed = (int) Math.round(a.reviewsMissed() * unit);
            label(svg, y, a.name());
            svg.append(rect(LABEL_WIDTH, y, held, "#2e7d32"))
                    .append(rect(LABEL_WIDTH + held, y, missed, "#c62828"))
                    .append(text(
                            LABEL_WIDTH + held + missed + 4,
                            y + 13,
                            a.reviewsHeld() + " held, " + a.reviewsMissed() + " missed"));
            y += BAR_HEIGHT + 4;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String concentration(QuarterlyResults.Concentration c) {
        if (c.top20Share() == null) {
            return "<p>Scoring had not measured concentration by the end of the quarter.</p>\n";
        }
        StringBuilder svg = svgStart(40, "Share of revenue from the 20 largest accounts");
        int top = (int) Math.round(c.top20Share() * CHART_WIDTH);
        svg.append(text(0, 18, "Top 20 accounts"))
                .append(rect(LABEL_WIDTH, 5, top, "#1565c0"))
                .append(rect(LABEL_WIDTH + top, 5, CHART_WIDTH - top, "#bbdefb"))
                .append(text(LABEL_WIDTH + CHART_WIDTH + 4, 18, percent(c.top20Share())))
                .append("</svg>\n");
        StringBuilder html = new StringBuilder(svg);
        html.append("<p>Herfindahl-Hirschman index ")
                .append(String.format(Locale.ROOT, "%.0f", c.herfindahlHirschman()))
                .append(" over ")
                .append(c.accounts())
                .append(" accounts, measured ")
                .append(c.measuredAt())
                .append(".</p>\n");
        if (!c.flagged().isEmpty()) {
            html.append("<p>Customer groups with 10 % of revenue or more:</p><ul>");
            c.flagged().forEach(g -> html.append("<li>")
                    .append(escape(g.name() == null ? g.groupId().toString() : g.name()))
                    .append(": ")
                    .append(percent(g.share()))
                    .append("</li>"));
            html.append("</ul>\n");
        }
        return html.toString();
    }

    private static String table(List<QuarterlyResults.AccountLine> accounts) {
        StringBuilder html = new StringBuilder("<table><tr><th>Account</th><th>Tier</th><th>Score</th><th>Trend</th>"
                + "<th>Plans</th><th>Objectives achieved</th><th>Plan actions done (on time)</th>"
                + "<th>Overdue plan actions</th><th>Reviews held</th><th>Missed</th>"
                + "<th>Action items closed within 30 days</th></tr>\n");
        for (QuarterlyResults.AccountLine a : accounts) {
            html.append("<tr><td>")
                    .append(escape(a.name()))
                    .append("</td><td>")
                    .append(escape(tiers(a)))
                    .append("</td><td class=\"n\">")
                    .append(number(a.scoreAtEnd()))
                    .append("</td><td class=\"n\">")
                    .append(a.scoreTrend() == null ? "" : String.format(Locale.ROOT, "%+.1f", a.scoreTrend()))
                    .append("</td><td class=\"n\">")
                    .append(a.approvedPlans())
                    .append("</td><td class=\"n\">")
                    .append(a.objectivesAchieved())
                    .append("</td><td class=\"n\">")
                    .append(a.planActionsCompleted())
                    .append(" (")
                    .append(a.planActionsCompletedOnTime())
                    .append(")</td><td class=\"n\">")
                    .append(a.planActionsOverdue())
                    .append("</td><td class=\"n\">")
                    .append(a.reviewsHeld())
                    .append("</td><td class=\"n\">")
                    .append(a.reviewsMissed())
                    .append("</td><td class=\"n\">")
                    .append(percent(a.actionItemsClosedWithinThirtyDaysShare()))
                    .append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    private static String tiers(QuarterlyResults.AccountLine a) {
        String start = a.tierAtStart() == null ? "none" : a.tierAtStart();
        String end = a.tierAtEnd() == null ? "none" : a.tierAtEnd();
        return start.equals(end) ? end : start + " to " + end;
    }

    private static StringBuilder svgStart(int height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(LABEL_WIDTH + CHART_WIDTH + 160)
                .append("\" height=\"")
                .append(height)
                .append("\" font-size=\"12\"><title>")
                .append(escape(title))
                .append("</title>");
    }

    private static void label(StringBuilder svg, int y, String name) {
        svg.append(text(0, y + 13, name == null ? "(unnamed)" : name));
    }

    private static String rect(int x, int y, int width, String colour) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + Math.max(0, width) + "\" height=\"" + BAR_HEIGHT
                + "\" fill=\"" + colour + "\"/>";
    }

    private static String text(int x, int y, String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\">" + escape(text) + "</text>";
    }

    private static String percent(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
