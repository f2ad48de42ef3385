package kam.review.cadence;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;

/** Reads and sets the cadence policy; a new policy brings the cadence in line, and extends its bookings, at once. */
@ApplicationScoped
public class CadencePolicies {
    private final CadencePolicyRepository policies;
    private final Cadence cadence;
    private final SecurityIdentity caller;
    private final Clock clock;

    public CadencePolicies(CadencePolicyRepository policies, Cadence cadence, SecurityIdentity caller, Clock clock) {
        this.policies = policies;
        this.cadence = cadence;
        this.caller = caller;
        this.clock = clock;
    }

    public CadencePolicy current() {
        return policies.current();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CadencePolicy update(String ifMatch, CadencePolicy.Settings settings) {
        cadence.serialize();
        CadencePolicy policy = policies.current();
        Preconditions.requireIfMatch(ifMatch, policy.version());
        if (settings.selection() == CadencePolicy.Selection.TIERS
                && settings.tiers().isEmpty()) {
            throw ProblemException.unprocessable("tiers", "name at least one tier when the selection is TIERS");
        }
        policy.apply(settings, caller.getPrincipal().getName(), clock.instant());
        policies.flush();
        cadence.reconcile();
        // A longer horizon or another interval reaches the accounts already in the cadence at once.
        cadence.extendAll();
        return policy;
    }

    /** The time zone meetings are set in; an unknown one is refused naming the field. */
    public static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw ProblemException.invalid("timeZone", "body", "is not a time zone such as Europe/London");
        }
    }
}
