package kam.platform.events.account;

import java.util.UUID;

/**
 * The coverage of an account's decision-making unit moved: {@code status} 0 no stakeholders mapped, 1 no key players,
 * 2 key players but none supportive, 3 a supportive key player who decides.
 */
public record CoverageChanged(
        UUID accountId, int status, String statusLabel, boolean profileComplete, boolean singleThreaded) {}
