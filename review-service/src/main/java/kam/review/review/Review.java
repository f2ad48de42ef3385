package kam.review.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A review meeting of an account: the 90-day account review or a mentor's review of a plan. It is booked for a day
 * and time, may move or be called off (each with a reason, kept in {@code changes}), and ends held with an outcome
 * or missed.
 */
@Entity
public class Review {
    @Id
    private UUID id;

    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    private UUID planId;

    @Enumerated(EnumType.STRING)
    private ReviewOrigin origin;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status;

    private LocalDate meetingDate;
    private Instant startsAt;
    private int durationMinutes;
    private int sequence;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Attendee> attendees = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ReviewChange> changes = new ArrayList<>();

    private String cancelReason;

    @JdbcTypeCode(SqlTypes.JSON)
    private Outcome outcome;

    private LocalDate heldOn;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    /** When and for how long, and the day it falls on where the policy's meetings take place. */
    public record Slot(LocalDate date, Instant startsAt, int durationMinutes) {}

    protected Review() {}

    public static Review book(
            UUID accountId,
            ReviewKind kind,
            UUID planId,
            ReviewOrigin origin,
            Slot slot,
            List<Attendee> attendees,
            String by,
            Instant now) {
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.accountId = accountId;
        review.kind = kind;
        review.planId = planId;
        review.origin = origin;
        review.status = ReviewStatus.SCHEDULED;
        review.meetingDate = slot.date();
        review.startsAt = slot.startsAt();
        review.durationMinutes = slot.durationMinutes();
        review.attendees = List.copyOf(attendees);
        review.createdBy = by;
        review.createdAt = now;
        review.updatedAt = now;
        return review;
    }

    public void reschedule(Slot slot, String reason, String by, Instant now) {
        requireScheduled("moved");
        record(new ReviewChange("RESCHEDULED", startsAt, slot.startsAt(), reason, by, now));
        this.meetingDate = slot.date();
        this.startsAt = slot.startsAt();
        this.durationMinutes = slot.durationMinutes();
        this.updatedAt = now;
    }

    public void cancel(String reason, String by, Instant now) {
        requireScheduled("cancelled");
        record(new ReviewChange("CANCELLED", startsAt, null, reason, by, now));
        this.status = ReviewStatus.CANCELLED;
        this.cancelReason = reason;
        this.updatedAt = now;
    }

    /** Records what the meeting settled; only a booked meeting whose day has come can have been held. */
    public void complete(Outcome result, LocalDate today, Instant now) {
        if (status == ReviewStatus.CANCELLED) {
            throw new ReviewStateException(
                    "review " + id + " was cancelled (" + cancelReason + "); book a new meeting to record an outcome");
        }
        requireScheduled("given an outcome");
        if (meetingDate.isAfter(today)) {
            throw new ReviewStateException(
                    "review " + id + " takes place on " + meetingDate + "; its outcome can be recorded from that day");
        }
        this.status = ReviewStatus.COMPLETED;
        this.outcome = result;
        this.heldOn = meetingDate;
        this.updatedAt = now;
    }

    public void markMissed(Instant now) {
        requireScheduled("marked missed");
        this.status = ReviewStatus.MISSED;
        this.updatedAt = now;
    }

    /** Adds someone, or changes the role they come in; their reply stays. */
    public void invite(String userId, String role, boolean required, Instant now) {
        requireScheduled("changed");
        List<Attendee> next = new ArrayList<>();
        boolean found = false;
        for (Attendee attendee : attendees) {
            if (attendee.userId().equals(userId)) {
                next.add(attendee.withRole(role, required));
                found = true;
            } else {
                next.add(attendee);
            }
        }
        if (!found) {
            next.add(new Attendee(userId, role, required, Attendee.Reply.NEEDS_ACTION));
        }
        this.attendees = List.copyOf(next);
        this.updatedAt = now;
    }

    /** Takes someone off the list; returns whether they were on it. */
    public boolean uninvite(String userId, Instant now) {
        requireScheduled("changed");
        List<Attendee> next = new ArrayList<>(attendees);
        boolean removed = next.removeIf(a -> a.userId().equals(userId));
        this.attendees = List.copyOf(next);
        this.updatedAt = now;
        return removed;
    }

    /** Records an attendee's answer; returns false when the person is not invited. */
    public boolean reply(String userId, Attendee.Reply reply, Instant now) {
        requireScheduled("answered");
        if (attendees.stream().noneMatch(a -> a.userId().equals(userId))) {
            return false;
        }
        this.attendees = attendees.stream()
                .map(a -> a.userId().equals(userId) ? a.withReply(reply) : a)
                .toList();
        this.updatedAt = now;
        return true;
    }

    /** The required roles that nobody coming fills: the meeting is flagged until someone does. */
    public List<String> missingRoles(List<String> requiredRoles) {
        Set<String> missing = new LinkedHashSet<>(requiredRoles);
        attendees.stream().filter(Attendee::coming).forEach(a -> missing.remove(a.role()));
        return List.copyOf(missing);
    }

    public boolean isScheduled() {
        return status == ReviewStatus.SCHEDULED;
    }

    private void requireScheduled(String what) {
        if (status != ReviewStatus.SCHEDULED) {
            throw new ReviewStateException(
                    "review " + id + " is " + status.name().toLowerCase() + " and can no longer be " + what);
        }
    }

    private void record(ReviewChange change) {
        List<ReviewChange> next = new ArrayList<>(changes);
        next.add(change);
        this.changes = List.copyOf(next);
        this.sequence++;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public ReviewKind kind() {
        return kind;
    }

    public UUID planId() {
        return planId;
    }

    public ReviewOrigin origin() {
        return origin;
    }

    public ReviewStatus status() {
        return status;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public int sequence() {
        return sequence;
    }

    public List<Attendee> attendees() {
        return attendees;
    }

    public List<ReviewChange> changes() {
        return changes;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Outcome outcome() {
        return outcome;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
