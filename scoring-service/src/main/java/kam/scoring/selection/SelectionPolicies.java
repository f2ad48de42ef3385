package kam.scoring.selection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import kam.scoring.rules.Hysteresis;

/**
 * The selection policy: manual until a kam-admin says otherwise, with a margin of 5 points for when the list follows
 * the scores, which is a quarter of a typical tier's width (Gold 70, Silver 50): one rating rarely moves a score more.
 * Customer groups are the candidates unless it lets units stand alone.
 */
@ApplicationScoped
public class SelectionPolicies implements PanacheRepositoryBase<SelectionPolicy, Short> {
    static final Hysteresis DEFAULT_HYSTERESIS = new Hysteresis(5, null);

    private final Clock clock;

    public SelectionPolicies(Clock clock) {
        this.clock = clock;
    }

    /** The policy in force; the default one when no one set it. */
    public SelectionPolicy current() {
        SelectionPolicy policy = findById(SelectionPolicy.ID);
        return policy != null
                ? policy
                : SelectionPolicy.of(SelectionPolicy.Mode.MANUAL, DEFAULT_HYSTERESIS, false, "default", Instant.EPOCH);
    }

    /** The policy changed, and whether units changed between standing alone and counting in their group. */
    public record Change(SelectionPolicy policy, boolean regrouped) {}

    @Transactional
    public Change set(SelectionPolicy.Mode mode, Hysteresis hysteresis, boolean unitsStandAlone, String by) {
        SelectionPolicy policy = findById(SelectionPolicy.ID);
        if (policy == null) {
            policy = SelectionPolicy.of(mode, hysteresis, unitsStandAlone, by, clock.instant());
            persist(policy);
            return new Change(policy, unitsStandAlone);
        }
        boolean regrouped = policy.unitsStandAlone() != unitsStandAlone;
        policy.change(mode, hysteresis, unitsStandAlone, by, clock.instant());
        return new Change(policy, regrouped);
    }
}
