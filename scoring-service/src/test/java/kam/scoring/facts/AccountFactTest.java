package kam.scoring.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountFactTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final UUID GROUP = UUID.randomUUID();

    @Test
    void aNewNameOrCurrencyIsNoScoringInput() {
        AccountFact fact = described();
        assertThat(fact.describe("Renamed Co", "ACTIVE", GROUP, "EMEA", "USD", "amelia", NOW))
                .isEqualTo(new AccountFact.Described(false, false));
    }

    @Test
    void aNewRegionIsAScoringInputOfTheGroupWithoutRegrouping() {
        AccountFact fact = described();
        assertThat(fact.describe("Unit Co", "ACTIVE", GROUP, "APAC", "EUR", "amelia", NOW))
                .isEqualTo(new AccountFact.Described(false, true));
    }

    @Test
    void anotherGroupOrStatusRegroups() {
        assertThat(described().describe("Unit Co", "ACTIVE", null, "EMEA", "EUR", "amelia", NOW))
                .isEqualTo(new AccountFact.Described(true, true));
        assertThat(described().describe("Unit Co", "ARCHIVED", GROUP, "EMEA", "EUR", "amelia", NOW))
                .isEqualTo(new AccountFact.Described(true, true));
        assertThat(AccountFact.of(UUID.randomUUID()).describe("New Co", "ACTIVE", null, "EMEA", "EUR", "amelia", NOW))
                .isEqualTo(new AccountFact.Described(true, true));
    }

    private static AccountFact described() {
        AccountFact fact = AccountFact.of(UUID.randomUUID());
        fact.describe("Unit Co", "ACTIVE", GROUP, "EMEA", "EUR", "amelia", NOW);
        return fact;
    }
}
