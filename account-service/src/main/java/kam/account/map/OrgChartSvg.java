package kam.account.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kam.account.relationship.Relationship;
import kam.account.stakeholder.Attitude;
import kam.account.stakeholder.BuyingRole;
import kam.account.stakeholder.Stakeholder;
import kam.platform.web.Xml;

/**
 * Draws an account's decision-making unit as an org chart in SVG: each stakeholder is a box coloured by attitude,
 * placed under whom they report to, and marked with our coverage (the best strength of our relationships with them
 * and how many of us hold one). Key players we do not cover strongly get a red dashed border.
 */
public final class OrgChartSvg {
    private static final int BOX_WIDTH = 190;
    private static final int BOX_HEIGHT = 66;
    private static final int COLUMN = BOX_WIDTH + 20;
    private static final int ROW = BOX_HEIGHT + 48;
    private static final int MARGIN = 20;
    private static final Map<Attitude, String> FILL = Map.of(
            Attitude.CHAMPION, "#1b9e4b",
            Attitude.SUPPORTER, "#8fd19e",
            Attitude.NEUTRAL, "#d9d9d9",
            Attitude.SCEPTIC, "#f6b26b",
            Attitude.BLOCKER, "#e06666");

    private OrgChartSvg() {}

    public static String render(String title, List<Stakeholder> stakeholders, List<Relationship> relationships) {
        Map<UUID, Stakeholder> byId = new LinkedHashMap<>();
        stakeholders.forEach(s -> byId.put(s.id(), s));
        Map<UUID, List<Stakeholder>> children = new HashMap<>();
        List<Stakeholder> roots = new ArrayList<>();
        for (Stakeholder s : stakeholders) {
            if (s.reportsToId() != null && byId.containsKey(s.reportsToId())) {
                children.computeIfAbsent(s.reportsToId(), k -> new ArrayList<>())
                        .add(s);
            } else {
                roots.add(s);
            }
        }
        Comparator<Stakeholder> byName = Comparator.comparing(Stakeholder::name);
        roots.sort(byName);
        children.values().forEach(list -> list.sort(byName));

        Layout layout = new Layout(children);
        roots.forEach(root -> layout.place(root, 0));
        Map<UUID, List<Relationship>> coverage =
                relationships.stream().collect(Collectors.groupingBy(Relationship::stakeholderId));

        int width = Math.max(1, layout.columns) * COLUMN + 2 * MARGIN;
        int height = (layout.depth + 1) * ROW + 2 * MARGIN + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<title>").append(Xml.escape(title)).append("</title>\n");
        for (Stakeholder s : stakeholders) {
            for (Stakeholder child : children.getOrDefault(s.id(), List.of())) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>%n",
                        layout.centreX(s),
                        layout.top(s) + BOX_HEIGHT,
                        layout.centreX(child),
                        layout.top(child)));
            }
        }
        for (Stakeholder s : stakeholders) {
            box(svg, layout, s, coverage.getOrDefault(s.id(), List.of()));
        }
        legend(svg, layout);
        return svg.append("</svg>\n").toString();
    }

    /** A stakeholder's box: coloured by attitude, bordered by how well we cover them, with name, title and roles. */
    private static void box(StringBuilder svg, Layout layout, Stakeholder s, List<Relationship> ours) {
        int best = ours.stream().mapToInt(Relationship::strength).max().orElse(0);
        boolean strong = best >= Relationship.STRONG;
        String stroke = strong
                ? "stroke=\"#0b5d1e\" stroke-width=\"3\""
                : s.decides()
                        ? "stroke=\"#c00000\" stroke-width=\"2\" stroke-dasharray=\"6 3\""
                        : "stroke=\"#555\" stroke-width=\"1\"";
        int x = layout.left(s);
        int y = layout.top(s);
        svg.append(String.format(
                Locale.ROOT,
                "<g class=\"stakeholder\" data-id=\"%s\" data-attitude=\"%s\">%n"
                        + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" %s/>%n",
                s.id(),
                s.attitude(),
                x,
                y,
                BOX_WIDTH,
                BOX_HEIGHT,
                FILL.get(s.attitude()),
                stroke));
        text(svg, x + 8, y + 16, "font-weight=\"bold\"", s.name());
        text(
                svg,
                x + 8,
                y + 31,
                "",
                s.details().title() == null ? "" : s.details().title());
        text(svg, x + 8, y + 46, "", roles(s) + " · influence " + s.influence());
        text(
                svg,
                x + 8,
                y + 60,
                "",
                ours.isEmpty() ? "not covered" : "covered by " + ours.size() + ", best " + best + "/5");
        svg.append("</g>\n");
    }

    /** The colour of each attitude and what the borders mean, under the chart. */
    private static void legend(StringBuilder svg, Layout layout) {
        int legendY = (layout.depth + 1) * ROW + MARGIN + 20;
        int legendX = MARGIN;
        for (Attitude attitude : Attitude.values()) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    legendX,
                    legendY,
                    FILL.get(attitude)));
            text(svg, legendX + 16, legendY + 10, "", attitude.name().toLowerCase(Locale.ROOT));
            legendX += 90;
        }
        text(
                svg,
                legendX + 10,
                legendY + 10,
                "",
                "thick green border: strong relationship; red dashed: key player not covered");
    }

    private static String roles(Stakeholder s) {
        List<BuyingRole> roles = s.buyingRoles();
        return roles.isEmpty()
                ? "no buying role"
                : roles.stream()
                        .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .collect(Collectors.joining(", "));
    }

    private static void text(StringBuilder svg, int x, int y, String attributes, String content) {
        svg.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" %s>%s</text>%n", x, y, attributes, Xml.escape(content)));
    }

    /** A tidy tree: leaves take the next free column, a parent sits above the middle of its children. */
    private static final class Layout {
        private final Map<UUID, List<Stakeholder>> children;
        private final Map<UUID, Double> column = new HashMap<>();
        private final Map<UUID, Integer> row = new HashMap<>();
        private int columns;
        private int depth;

        Layout(Map<UUID, List<Stakeholder>> children) {
            this.children = children;
        }

        void place(Stakeholder s, int level) {
            row.put(s.id(), level);
            depth = Math.max(depth, level);
            List<Stakeholder> below = children.getOrDefault(s.id(), List.of());
            if (below.isEmpty()) {
                column.put(s.id(), (double) columns++);
                return;
            }
            below.forEach(child -> place(child, level + 1));
            double first = column.get(below.get(0).id());
            double last = column.get(below.get(below.size() - 1).id());
            column.put(s.id(), (first + last) / 2);
        }

        int left(Stakeholder s) {
            return MARGIN + (int) Math.round(column.get(s.id()) * COLUMN);
        }

        int centreX(Stakeholder s) {
            return left(s) + BOX_WIDTH / 2;
        }

        int top(Stakeholder s) {
            return MARGIN + row.get(s.id()) * ROW;
        }
    }
}
