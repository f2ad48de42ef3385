package kam.planning.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a plan is going, recorded as it happens and never a reason for a new revision: the latest value and status
 * reported for each objective, and the stage each opportunity has reached.
 */
public record Progress(Map<UUID, Reported> objectives, Map<UUID, PlanContent.Stage> stages) {

    public Progress {
        objectives = objectives == null ? Map.of() : Map.copyOf(objectives);
        stages = stages == null ? Map.of() : Map.copyOf(stages);
    }

    public static Progress none() {
        return new Progress(Map.of(), Map.of());
    }

    /** A value and status reported for an objective. */
    public record Reported(
            @Schema(nullable = true) BigDecimal currentValue,
            @Schema(nullable = true) ObjectiveStatus status,
            String reportedBy,
            Instant reportedAt) {}

    Progress report(UUID objectiveId, Reported reported) {
        Map<UUID, Reported> next = new HashMap<>(objectives);
        next.put(objectiveId, reported);
        return new Progress(next, stages);
    }

    Progress stage(UUID opportunityId, PlanContent.Stage stage) {
        Map<UUID, PlanContent.Stage> next = new HashMap<>(stages);
        next.put(opportunityId, stage);
        return new Progress(objectives, next);
    }
}
