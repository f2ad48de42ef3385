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
                : SelectionPolicy.of(SelectionPolicy.Mode.MANUAL, DEFAULT_HYSTERESIS, "default", Instant.EPOCH);
    }

    @Transactional
    public SelectionPolicy set(SelectionPolicy.Mode mode, Hysteresis hysteresis, String by) {
        SelectionPolicy policy = findById(SelectionPolicy.ID);
        if (policy == null) {
            policy = SelectionPolicy.of(mode, hysteresis, by, clock.instant());
            persist(policy);
        } else {
            policy.change(mode, hysteresis, by, clock.instant());
        }
        return policy;
    }
}
