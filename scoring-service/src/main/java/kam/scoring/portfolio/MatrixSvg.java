package kam.scoring.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kam.platform.web.Xml;

/**
 * Draws the portfolio matrix: attractiveness across, our relative strength up, both cut at the midpoint, one dot per
 * scored account, labelled with the quadrants' names and what each asks for.
 */
public final class MatrixSvg {
    private static final int SIZE = 600;
    private static final int MARGIN = 60;

    private MatrixSvg() {}

    public record Dot(UUID accountId, String name, double attractiveness, double strength, String tier) {}

    public static String render(List<Dot> dots, double midpoint) {
        StringBuilder svg = new StringBuilder();
        int full = SIZE + 2 * MARGIN;
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"12\">%n<title>Portfolio matrix</title>%n",
                full,
                full));
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>%n",
                MARGIN,
                MARGIN,
                SIZE,
                SIZE));
        double cut = x(midpoint);
        double cutY = y(midpoint);
        svg.append(line(cut, MARGIN, cut, MARGIN + SIZE)).append(line(MARGIN, cutY, MARGIN + SIZE, cutY));
        label(svg, MARGIN + SIZE - 8, MARGIN + 18, "end", "Strategic: invest to grow the partnership");
        label(svg, MARGIN + SIZE - 8, MARGIN + SIZE - 8, "end", "Star: invest; need not be profitable yet");
        label(svg, MARGIN + 8, MARGIN + 18, "start", "Status: maintain");
        label(svg, MARGIN + 8, MARGIN + SIZE - 8, "start", "Laggard: streamline");
        label(svg, MARGIN + SIZE / 2.0, MARGIN + SIZE + 36, "middle", "Account attractiveness");
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"20\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 20 %d)\">Our relative strength</text>%n",
                MARGIN + SIZE / 2,
                MARGIN + SIZE / 2));
        for (Dot dot : dots) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle class=\"account\" data-id=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"><title>%s</title></circle>%n",
                    dot.accountId(),
                    x(dot.attractiveness()),
                    y(dot.strength()),
                    dot.tier() == null ? "#999" : "#1f5fa8",
                    Xml.escape(dot.name() == null ? dot.accountId().toString() : dot.name())
                            + (dot.tier() == null ? "" : " (" + Xml.escape(dot.tier()) + ")")));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(double score) {
        return MARGIN + score / 100 * SIZE;
    }

    private static double y(double score) {
        return MARGIN + SIZE - score / 100 * SIZE;
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"4 4\"/>%n",
                x1,
                y1,
                x2,
                y2);
    }

    private static void label(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n",
                x,
                y,
                anchor,
                Xml.escape(text)));
    }
}
