package kam.planning.account;

import jakarta.persistence.Entity;
import java.util.Map;
import kam.platform.messaging.copy.CopiedAccount;

/**
 * What planning keeps of an account from the account and scoring events (the platform's CopiedAccount): its name and
 * status, its group, who is on its team in which role (to check who may change its plans), and its tier.
 */
@Entity
public class AccountCopy extends CopiedAccount {
    /** The team role that approves plans rather than committing to them. */
    public static final String MENTOR = "MENTOR";

    protected AccountCopy() {}

    /** The members who commit to a plan: the whole team but its mentor, who approves instead. */
    public Map<String, String> coreTeam() {
        Map<String, String> core = members();
        core.values().removeIf(MENTOR::equals);
        return core;
    }
}
