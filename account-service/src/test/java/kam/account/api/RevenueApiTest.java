package kam.account.api;

import static kam.account.api.AccountCalls.ACCOUNTS;
import static kam.account.api.AccountCalls.ADMIN;
import static kam.account.api.AccountCalls.PROBLEM;
import static kam.account.api.AccountCalls.account;
import static kam.account.api.AccountCalls.as;
import static kam.account.api.AccountCalls.events;
import static kam.account.api.AccountCalls.register;
import static kam.platform.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KamTestInfrastructure;
import kam.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Revenue per period, share of wallet, the roll-up from units to their group, and the import of many accounts'. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RevenueApiTest {
    private static final String IMPORTS = ACCOUNTS + "/revenue-imports";
    private static final String HEADER = "accountId,period,revenue,margin,categorySpend,currency\n";

    private final String bootstrapServers;

    RevenueApiTest(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Test
    void revenueGivesShareOfWalletAndOnlyThoseWhoMayReadItDo() {
        String account = register("Wallet " + UUID.randomUUID(), "amelia");

        recordQuarter(account, "250000.00", "1000000")
                .then()
                .statusCode(200)
                .body("shareOfWallet", equalTo(0.25f))
                .body("whiteSpace", equalTo(750000.00f));
        as(ADMIN)
                .body(Map.of("period", "2026-13", "revenue", "1", "currency", "EUR"))
                .post(ACCOUNTS + "/" + account + "/revenue")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("period"));
        as(TestTokens.bearer("val", "viewer"))
                .get(ACCOUNTS + "/" + account + "/revenue")
                .then()
                .statusCode(403);
        as(TestTokens.bearer("contractor", "kam-admin-not"))
                .get(ACCOUNTS + "/" + account + "/revenue")
                .then()
                .statusCode(403);
    }

    @Test
    void importedRevenueOfAUnitRollsUpToItsGroupAndIsPublished() {
        String group = register("Group " + UUID.randomUUID(), "amelia");
        String unit = unitOf(group);
        recordQuarter(group, "250000.00", "1000000").then().statusCode(200);

        importCsv(HEADER + unit + ",2026-Q3,100000.00,20000,500000,EUR\n" + unit + ",2026-Q4,90000,,,EUR\n")
                .then()
                .statusCode(200)
                .body("imported", equalTo(2));

        as(TestTokens.bearer("fin", "finance"))
                .get(ACCOUNTS + "/" + group + "/rollup")
                .then()
                .statusCode(200)
                .body("units", equalTo(1))
                .body("figures.find { it.period == '2026-Q3' }.revenue", equalTo(350000.00f))
                .body("figures.find { it.period == '2026-Q3' }.categorySpend", equalTo(1500000.00f))
                .body("figures.find { it.period == '2026-Q4' }.revenue", equalTo(90000.00f));
        assertThat(events(bootstrapServers, unit, 3).stream().map(e -> header(e, "ce_type")))
                .contains("kam.account.revenue-recorded.v1");
    }

    @Test
    void aFileWithAnyBadRowIsRefusedWithEveryBadCellNamedAndNothingIsStored() {
        String unit = unitOf(register("Group " + UUID.randomUUID(), "amelia"));
        String good = HEADER + unit + ",2026-Q3,100000.00,20000,500000,EUR\n" + unit + ",2026-Q4,90000,,,EUR\n";

        importCsv(good + UUID.randomUUID() + ",2026-Q3,1,,,EUR\n" + unit + ",2026-Q9,abc,,,EURO\n")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body(
                        "violations.field",
                        hasItems("rows[4].accountId", "rows[5].period", "rows[5].revenue", "rows[5].currency"));
        importCsv(good + unit + ",2026-Q3,5,,,EUR\n")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("rows[4]"))
                .body("violations.message", hasItems("repeats account and period of an earlier row"));

        as(ADMIN).get(ACCOUNTS + "/" + unit + "/revenue").then().body("items", hasSize(0));
    }

    @Test
    void aSpreadsheetsExportImportsWithItsByteOrderMarkQuotesAndColumnsInItsOwnOrder() {
        String unit = unitOf(register("Group " + UUID.randomUUID(), "amelia"));

        importCsv("\uFEFFcurrency,period,accountId,revenue\r\n\"EUR\",2026-Q1,\"" + unit + "\",\"1000.50\"\r\n")
                .then()
                .statusCode(200)
                .body("imported", equalTo(1));
        // A quoted cell holding a comma is one cell that is not a number, not a row with a column too many.
        importCsv(HEADER + unit + ",2026-Q2,\"1,000.00\",,,EUR\n")
                .then()
                .statusCode(400)
                .body("violations.field", hasItems("rows[2].revenue"))
                .body("violations.message", not(hasItems(containsString("cells for"))));

        as(ADMIN)
                .get(ACCOUNTS + "/" + unit + "/revenue")
                .then()
                .body("items", hasSize(1))
                .body("items[0].revenue", equalTo(1000.50f));
    }

    private static String unitOf(String group) {
        Map<String, Object> unit = account("Unit " + UUID.randomUUID(), "amelia");
        unit.put("parentAccountId", group);
        return register(unit);
    }

    private static io.restassured.response.Response recordQuarter(String account, String revenue, String spend) {
        return as(ADMIN)
                .body(Map.of(
                        "period",
                        "2026-Q3",
                        "revenue",
                        revenue,
                        "margin",
                        "50000",
                        "categorySpend",
                        spend,
                        "currency",
                        "EUR"))
                .post(ACCOUNTS + "/" + account + "/revenue");
    }

    private static io.restassured.response.Response importCsv(String csv) {
        // As a browser or a spreadsheet sends it; without a charset REST Assured would send ISO-8859-1.
        return as(ADMIN).contentType("text/csv; charset=utf-8").body(csv).post(IMPORTS);
    }
}
