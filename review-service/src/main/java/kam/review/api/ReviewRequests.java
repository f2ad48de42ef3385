package kam.review.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import kam.review.review.Attendee;
import kam.review.review.Outcome;
import kam.review.review.ReviewKind;
import kam.review.review.Reviews;

/** The bodies the review endpoints take. */
public final class ReviewRequests {
    private ReviewRequests() {}

    /** A meeting booked by hand; time and length default to the policy's. */
    public record Book(
            @NotNull UUID accountId,
            ReviewKind kind,
            @NotNull LocalDate date,
            LocalTime time,
            @Min(15) @Max(480) Integer durationMinutes,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> attendees) {

        Reviews.When when() {
            return new Reviews.When(date, time, durationMinutes);
        }
    }

    public record Reschedule(
            @NotNull LocalDate date,
            LocalTime time,
            @Min(15) @Max(480) Integer durationMinutes,
            @NotBlank @Size(max = 1000) String reason) {

        Reviews.When when() {
            return new Reviews.When(date, time, durationMinutes);
        }
    }

    public record Cancel(@NotBlank @Size(max = 1000) String reason) {}

    /** The role or function someone comes for, for example ACCOUNTS_RECEIVABLE. */
    public record Invite(@NotBlank @Size(max = 60) String role) {}

    public record Reply(@NotNull Attendee.Reply reply) {}

    public record ActionItem(
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 100) String owner,
            LocalDate dueDate) {}

    public record ProjectTeam(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 1000) String purpose,
            @NotNull @Size(min = 1, max = 30) List<@NotBlank @Size(max = 100) String> members) {}

    /** What the meeting settled. */
    public record RecordOutcome(
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 2000) String> results,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 2000) String> decisions,
            @NotNull @Size(max = 100) List<@Valid @NotNull ActionItem> actionItems,
            @Size(max = 20) List<@Valid @NotNull ProjectTeam> projectTeams) {

        Reviews.OutcomeDraft draft() {
            return new Reviews.OutcomeDraft(
                    results.stream().map(String::strip).toList(),
                    decisions.stream().map(String::strip).toList(),
                    actionItems.stream()
                            .map(i -> new Reviews.AgreedItem(
                                    i.title().strip(), i.owner().strip(), i.dueDate()))
                            .toList(),
                    projectTeams == null
                            ? List.of()
                            : projectTeams.stream()
                                    .map(t -> new Outcome.ProjectTeam(t.name().strip(), t.purpose(), t.members()))
                                    .toList());
        }
    }
}
