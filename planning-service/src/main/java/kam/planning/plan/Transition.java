package kam.planning.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The moves a plan can make, each from the states it allows. The account manager submits; the mentor approves or
 * sends back; an approved plan becomes active, is revised (a new revision back in draft) or is closed.
 */
public enum Transition {
    SUBMIT("submit", Set.of(PlanStatus.DRAFT), PlanStatus.SUBMITTED),
    APPROVE("approve", Set.of(PlanStatus.SUBMITTED), PlanStatus.APPROVED),
    SEND_BACK("send-back", Set.of(PlanStatus.SUBMITTED), PlanStatus.DRAFT),
    ACTIVATE("activate", Set.of(PlanStatus.APPROVED), PlanStatus.ACTIVE),
    REVISE("revise", Set.of(PlanStatus.APPROVED, PlanStatus.ACTIVE), PlanStatus.DRAFT),
    CLOSE(
            "close",
            Set.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.ACTIVE),
            PlanStatus.CLOSED);

    private final String action;
    private final Set<PlanStatus> from;
    private final PlanStatus to;

    Transition(String action, Set<PlanStatus> from, PlanStatus to) {
        this.action = action;
        this.from = from;
        this.to = to;
    }

    /** The name of the action in the API ({@code POST /plans/{id}/submit}). */
    public String action() {
        return action;
    }

    /** The state after this move from {@code current}; refused with the moves {@code current} allows. */
    public PlanStatus from(PlanStatus current) {
        if (!from.contains(current)) {
            throw new IllegalTransitionException(current, action, allowedFrom(current));
        }
        return to;
    }

    public static List<String> allowedFrom(PlanStatus current) {
        return Arrays.stream(values())
                .filter(t -> t.from.contains(current))
                .map(Transition::action)
                .toList();
    }

    /** A move the plan's state does not allow. */
    public static class IllegalTransitionException extends RuntimeException {
        private final List<String> allowed;

        public IllegalTransitionException(PlanStatus current, String attempted, List<String> allowed) {
            super("a " + current + " plan cannot " + attempted + "; allowed: "
                    + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
            this.allowed = allowed;
        }

        public List<String> allowed() {
            return allowed;
        }
    }
}
