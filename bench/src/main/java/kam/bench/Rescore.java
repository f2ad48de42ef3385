package kam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * S5: re-scoring a large portfolio when a model is published. The accounts are seeded straight into scoring's copy of
 * them (revenue for two years, one in ten a group with units): this measures re-scoring, not event intake.
 */
final class Rescore {
    private static final String MODEL = """
            {"name":"Bench %d","criteria":[
             {"key":"revenue12m","name":"Revenue","weight":3,"scale":{"min":0,"max":10000000},"source":"REVENUE_12M","axis":"ATTRACTIVENESS"},
             {"key":"growth","name":"Growth","weight":1,"scale":{"min":-20,"max":40},"source":"REVENUE_GROWTH","axis":"ATTRACTIVENESS"},
             {"key":"margin","name":"Margin","weight":2,"scale":{"min":0,"max":40},"source":"MARGIN","axis":"RELATIVE_STRENGTH"},
             {"key":"wallet","name":"Share of wallet","weight":2,"scale":{"min":0,"max":100},"source":"SHARE_OF_WALLET","axis":"RELATIVE_STRENGTH"},
             {"key":"units","name":"Units","weight":1,"scale":{"min":0,"max":10},"source":"UNITS","axis":"ATTRACTIVENESS"}],
             "tierScheme":{"name":"Gold / Silver / Bronze","tiers":[{"name":"Gold","lowerBound":70},{"name":"Silver","lowerBound":50},{"name":"Bronze","lowerBound":30}],"cap":35}}""";

    private Rescore() {}

    /** Seeds {@code accounts} accounts, publishes a model and answers the seconds the publication took. */
    static double publishOver(Platform platform, int accounts) throws Exception {
        seed(platform, accounts);
        JsonNode model = platform.post(Platform.SCORING + "/api/v1/scoring-models", MODEL.formatted(System.nanoTime()));
        long start = System.nanoTime();
        platform.call(
                "POST",
                Platform.SCORING + "/api/v1/scoring-models/" + model.get("id").asText() + "/publish",
                null,
                "\"" + model.get("version").asLong() + "\"");
        return (System.nanoTime() - start) / 1e9;
    }

    private static void seed(Platform platform, int count) throws Exception {
        Random random = new Random(42);
        try (Connection connection = platform.database("scoring")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into account_fact (account_id, name,"
                    + " status, parent_id, region, currency, revenue, revenue_12m, updated_at)"
                    + " values (?, ?, 'ACTIVE', ?, ?, 'EUR', cast(? as jsonb), ?, ?)")) {
                UUID group = null;
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    double revenue = Math.pow(10, 4 + random.nextDouble() * 3);
                    insert.setObject(1, id);
                    insert.setString(2, "Bench account " + i);
                    insert.setObject(3, group != null && i % 10 != 0 ? group : null);
                    insert.setString(4, new String[] {"EMEA", "AMER", "APAC"}[random.nextInt(3)]);
                    insert.setString(
                            5,
                            String.format(
                                    Locale.ROOT,
                                    "{\"2025\": {\"revenue\": %.2f, \"margin\": %.2f, \"categorySpend\": %.2f},"
                                            + " \"2026\": {\"revenue\": %.2f, \"margin\": %.2f, \"categorySpend\": %.2f}}",
                                    revenue * 0.9,
                                    revenue * 0.2,
                                    revenue * 4,
                                    revenue,
                                    revenue * 0.22,
                                    revenue * 4));
                    insert.setBigDecimal(6, BigDecimal.valueOf(revenue).setScale(2, RoundingMode.HALF_UP));
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                    if (i % 10 == 0) {
                        group = id;
                    }
                    if ((i + 1) % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
