package kam.planning.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How alive a plan is. Real plans go stale: this shows the days since the last real change (an edit, a progress
 * report, an action that moved), the actions overdue, the objectives on and off track, and the share of actions done
 * on time.
 *
 * @param stale no real change for longer than {@link #STALE_AFTER_DAYS}: a whole review cycle went by untouched
 * @param onTimeShare among the actions done or overdue, the share done by their due date; null when there are none
 */
public record PlanHealth(
        long daysSinceLastChange,
        boolean stale,
        int openActions,
        int overdueActions,
        int objectivesAchieved,
        int objectivesOnTrack,
        int objectivesOffTrack,
        int objectivesNotReported,
        @Schema(nullable = true) Double onTimeShare) {

    /** One review cycle. */
    public static final int STALE_AFTER_DAYS = 90;

    /** An action as health counts it. */
    public record ActionState(ActionStatus status, LocalDate dueDate, LocalDate completedOn) {}

    /** An objective with its latest reported value and status (either may be missing). */
    public record ObjectiveState(
            BigDecimal target, LocalDate dueDate, BigDecimal currentValue, ObjectiveStatus reported) {}

    public static PlanHealth of(
            Instant lastChange, List<ActionState> actions, List<ObjectiveState> objectives, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(lastChange, ZoneOffset.UTC), today);
        int open = 0;
        int overdue = 0;
        int doneOnTime = 0;
        int done = 0;
        for (ActionState action : actions) {
            if (action.status() == ActionStatus.OPEN) {
                open++;
                if (action.dueDate().isBefore(today)) {
                    overdue++;
                }
            } else if (action.status() == ActionStatus.DONE) {
                done++;
                if (!action.completedOn().isAfter(action.dueDate())) {
                    doneOnTime++;
                }
            }
        }
        int achieved = 0;
        int onTrack = 0;
        int offTrack = 0;
        int notReported = 0;
        for (ObjectiveState objective : objectives) {
            ObjectiveStatus status = statusOf(objective, today);
            if (status == null) {
                notReported++;
            } else if (status == ObjectiveStatus.ACHIEVED) {
                achieved++;
            } else if (status == ObjectiveStatus.ON_TRACK) {
                onTrack++;
            } else {
                offTrack++;
            }
        }
        int counted = done + overdue;
        return new PlanHealth(
                days,
                days > STALE_AFTER_DAYS,
                open,
                overdue,
                achieved,
                onTrack,
                offTrack,
                notReported,
                counted == 0 ? null : doneOnTime / (double) counted);
    }

    /**
     * Achieved once the current value meets the target; off track when reported so or when its due date passed
     * without it; otherwise as reported, or null when nothing was reported yet.
     */
    public static ObjectiveStatus statusOf(ObjectiveState objective, LocalDate today) {
        if (objective.currentValue() != null && objective.currentValue().compareTo(objective.target()) >= 0) {
            return ObjectiveStatus.ACHIEVED;
        }
        if (objective.dueDate().isBefore(today)) {
            return ObjectiveStatus.OFF_TRACK;
        }
        return objective.reported() == ObjectiveStatus.ACHIEVED ? ObjectiveStatus.ON_TRACK : objective.reported();
    }
}
