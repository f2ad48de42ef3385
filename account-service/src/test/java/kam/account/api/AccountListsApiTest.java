package kam.account.api;

import static kam.account.api.AccountCalls.ACCOUNTS;
import static kam.account.api.AccountCalls.ADMIN;
import static kam.account.api.AccountCalls.PROBLEM;
import static kam.account.api.AccountCalls.as;
import static kam.account.api.AccountCalls.profile;
import static kam.account.api.AccountCalls.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.testing.KamTestInfrastructure;
import org.junit.jupiter.api.Test;

/** Lists of accounts (filters, sorting, cursors) and the hierarchy of groups and units. */
@QuarkusTest
@WithTestResource(value = KamTestInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AccountListsApiTest {

    @Test
    void listsFilterSortAndPageWithACursorAndALinkHeader() {
        String industry = "Industry " + UUID.randomUUID();
        for (String name : List.of("Charlie", "Alpha", "Bravo")) {
            Map<String, Object> body = new HashMap<>(profile(name));
            body.put("industry", industry);
            as(ADMIN).body(body).post(ACCOUNTS).then().statusCode(201);
        }

        Response first = as(ADMIN)
                .queryParam("industry", industry)
                .queryParam("limit", 2)
                .get(ACCOUNTS);
        first.then().statusCode(200).body("items.name", org.hamcrest.Matchers.contains("Alpha", "Bravo"));
        String cursor = first.path("nextCursor");
        assertThat(cursor).isNotBlank();
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("cursor=" + cursor);

        as(ADMIN)
                .queryParam("industry", industry)
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .get(ACCOUNTS)
                .then()
                .statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains("Charlie"))
                .body("nextCursor", nullValue())
                .header("Link", nullValue());

        as(ADMIN)
                .queryParam("industry", industry)
                .queryParam("sort", "-name")
                .get(ACCOUNTS)
                .then()
                .body("items.name", org.hamcrest.Matchers.contains("Charlie", "Bravo", "Alpha"));
        as(ADMIN)
                .queryParam("industry", industry)
                .queryParam("sort", "-name")
                .queryParam("cursor", cursor)
                .get(ACCOUNTS)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void aGroupCannotBecomeAUnitOfItsOwnUnit() {
        String group = register(profile("Group " + UUID.randomUUID()));
        Map<String, Object> unit = new HashMap<>(profile("Unit " + UUID.randomUUID()));
        unit.put("parentAccountId", group);
        String unitId = as(ADMIN)
                .body(unit)
                .post(ACCOUNTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as(ADMIN)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("parentAccountId", unitId))
                .patch(ACCOUNTS + "/" + group)
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("violations[0].field", equalTo("parentAccountId"))
                .body("detail", containsString("cycle"));
        as(ADMIN)
                .queryParam("parentAccountId", group)
                .get(ACCOUNTS)
                .then()
                .body("items.id", org.hamcrest.Matchers.contains(unitId));

        unit.put("parentAccountId", UUID.randomUUID().toString());
        as(ADMIN)
                .body(unit)
                .post(ACCOUNTS)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("parentAccountId"));
    }
}
