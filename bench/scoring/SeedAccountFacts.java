import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Seeds scoring-service's copy of the accounts with N synthetic accounts (revenue for two years, one in ten a unit of
 * a group), straight into its database: the benchmark measures re-scoring, not event intake.
 * Usage: java -cp <postgresql driver> SeedAccountFacts.java jdbc:postgresql://localhost:5432/scoring 100000
 */
public class SeedAccountFacts {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = Integer.parseInt(args[1]);
        Random random = new Random(42);
        try (Connection connection = DriverManager.getConnection(url + "?reWriteBatchedInserts=true", "postgres", "postgres")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into account_fact (account_id, name, status, parent_id, region, currency, revenue, revenue_12m,"
                            + " updated_at) values (?, ?, 'ACTIVE', ?, ?, 'EUR', cast(? as jsonb), ?, ?)")) {
                UUID group = null;
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    boolean unit = group != null && i % 10 != 0;
                    double revenue = Math.pow(10, 4 + random.nextDouble() * 3);
                    insert.setObject(1, id);
                    insert.setString(2, "Bench account " + i);
                    insert.setObject(3, unit ? group : null);
                    insert.setString(4, new String[] {"EMEA", "AMER", "APAC"}[random.nextInt(3)]);
                    insert.setString(5, String.format(java.util.Locale.ROOT,
                            "{\"2025\": {\"revenue\": %.2f, \"margin\": %.2f, \"categorySpend\": %.2f},"
                                    + " \"2026\": {\"revenue\": %.2f, \"margin\": %.2f, \"categorySpend\": %.2f}}",
                            revenue * 0.9, revenue * 0.2, revenue * 4, revenue, revenue * 0.22, revenue * 4));
                    insert.setBigDecimal(6, java.math.BigDecimal.valueOf(revenue).setScale(2, java.math.RoundingMode.HALF_UP));
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
        System.out.println("seeded " + count + " account facts");
    }
}
