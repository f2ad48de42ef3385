package kam.scoring.portfolio;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The ranked portfolio of candidates (a customer group, not its units, unless units stand alone), a page at a time, in
 * one query: rank over the whole portfolio (best score first, no score last, ties by account id), so that a filtered
 * page still shows each account's place in the whole list. The trend is
 * the score's last move: the current score minus the latest different one in the history.
 */
@ApplicationScoped
public class PortfolioRanking {
    /** The tier filter's value for accounts that are not key accounts. */
    public static final String NO_TIER = "none";

    /** The agreed list in force, as rows: a few dozen, read from its latest version. */
    private static final String AGREED = "(select (e ->> 'accountId')::uuid as account_id, e ->> 'tier' as tier"
            + " from key_account_list l, jsonb_array_elements(l.entries) e"
            + " where l.version = (select max(version) from key_account_list))";

    private static final String RANKED = "select r.rank, r.account_id, f.name, r.score, k.tier, r.quadrant,"
            + " r.attractiveness, r.strength, r.completeness,"
            + " r.score - (select h.score from score_history h where h.account_id = r.account_id"
            + "   and h.score is distinct from r.score order by h.valid_from desc limit 1) as trend, r.tier"
            + " from (select s.*, row_number() over (order by s.score desc nulls last, s.account_id) as rank"
            + "   from account_score s where s.group_id is null) r"
            + " left join account_fact f on f.account_id = r.account_id"
            + " left join " + AGREED + " k on k.account_id = r.account_id"
            + " where r.rank > :after";

    private final EntityManager entityManager;

    public PortfolioRanking(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Entry(
            int rank,
            UUID accountId,
            String name,
            @Schema(nullable = true) Double score,
            @Schema(nullable = true) Double trend,

            @Schema(nullable = true, description = "The tier in the agreed key-account list; null: not a key account")
            String tier,

            @Schema(nullable = true, description = "The tier the score proposes")
            String proposedTier,

            @Schema(nullable = true) String quadrant,
            @Schema(nullable = true) Double attractiveness,
            @Schema(nullable = true) Double strength,
            double completeness) {}

    /** A page of the ranking; {@code nextCursor} is null on the last. */
    public record RankedPage(List<Entry> items, String nextCursor) {}

    /**
     * @param tier a tier name, {@link #NO_TIER}, or null for all
     * @param quadrant a quadrant, or null for all
     * @param cursor where the previous page ended, or null for the first page
     */
    @SuppressWarnings("unchecked")
    public RankedPage page(String tier, String quadrant, String cursor, int limit) {
        StringBuilder sql = new StringBuilder(RANKED);
        if (NO_TIER.equals(tier)) {
            sql.append(" and k.tier is null");
        } else if (tier != null) {
            sql.append(" and k.tier = :tier");
        }
        if (quadrant != null) {
            sql.append(" and r.quadrant = :quadrant");
        }
        sql.append(" order by r.rank limit :limit");
        Query query = entityManager
                .createNativeQuery(sql.toString())
                .setParameter("after", afterRank(cursor))
                .setParameter("limit", limit + 1);
        if (tier != null && !NO_TIER.equals(tier)) {
            query.setParameter("tier", tier);
        }
        if (quadrant != null) {
            query.setParameter("quadrant", quadrant);
        }
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            entries.add(new Entry(
                    ((Number) row[0]).intValue(),
                    (UUID) row[1],
                    (String) row[2],
                    number(row[3]),
                    number(row[9]),
                    (String) row[4],
                    (String) row[10],
                    (String) row[5],
                    number(row[6]),
                    number(row[7]),
                    number(row[8])));
        }
        if (entries.size() <= limit) {
            return new RankedPage(entries, null);
        }
        List<Entry> page = entries.subList(0, limit);
        return new RankedPage(List.copyOf(page), cursorAfter(page.get(limit - 1).rank()));
    }

    /**
     * How many candidates (units counted in their groups are not) have each agreed tier ({@link #NO_TIER} for none) and each quadrant, over the whole portfolio.
     */
    public Map<String, Long> countsBy(String column) {
        String grouped =
                switch (column) {
                    case "tier" -> "k.tier";
                    case "quadrant" -> "s.quadrant";
                    default -> throw new IllegalArgumentException(column);
                };
        Map<String, Long> counts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("select " + grouped + ", count(*) from account_score s left join " + AGREED
                        + " k on k.account_id = s.account_id where s.group_id is null group by " + grouped
                        + " order by min(s.score) desc nulls last")
                .getResultList();
        for (Object[] row : rows) {
            if (row[0] != null || column.equals("tier")) {
                counts.put(row[0] == null ? NO_TIER : (String) row[0], ((Number) row[1]).longValue());
            }
        }
        return counts;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static String cursorAfter(int rank) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("rank:" + rank).getBytes(UTF_8));
    }

    private static int afterRank(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), UTF_8);
            if (decoded.startsWith("rank:")) {
                return Integer.parseInt(decoded.substring("rank:".length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalid("cursor", "query", "is damaged; pass back a nextCursor as it was given");
    }
}
