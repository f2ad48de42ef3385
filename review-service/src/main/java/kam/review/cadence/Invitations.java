package kam.review.cadence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kam.review.facts.AccountCopy;
import kam.review.review.Attendee;
import kam.review.review.Review;
import kam.review.review.ReviewKind;

/**
 * Who is asked to a review and when it takes place, by the policy: the account team (its mentor only to mentor
 * reviews) and the invited functions; the policy's meeting time in its time zone.
 */
public final class Invitations {
    public static final String MENTOR = "MENTOR";
    public static final String ACCOUNT_MANAGER = "ACCOUNT_MANAGER";

    private Invitations() {}

    /** The roles a meeting of this kind is flagged without. */
    public static List<String> requiredRoles(CadencePolicy.Settings policy, ReviewKind kind) {
        return kind == ReviewKind.MENTOR ? List.of(MENTOR, ACCOUNT_MANAGER) : policy.requiredRoles();
    }

    public static List<Attendee> attendees(CadencePolicy.Settings policy, AccountCopy account, ReviewKind kind) {
        List<String> required = requiredRoles(policy, kind);
        List<Attendee> attendees = new ArrayList<>();
        // Sorted by user id so that the list, and so the events, come out the same every time.
        for (Map.Entry<String, String> member : new TreeMap<>(account.team()).entrySet()) {
            if (invitedAsTeamMember(member.getValue(), kind)) {
                attendees.add(attendee(member.getKey(), member.getValue(), required));
            }
        }
        if (kind == ReviewKind.ACCOUNT) {
            for (CadencePolicy.Invited invited : policy.invited()) {
                if (attendees.stream().noneMatch(a -> a.userId().equals(invited.userId()))) {
                    attendees.add(attendee(invited.userId(), invited.function(), required));
                }
            }
        }
        return attendees;
    }

    /** A mentor comes to mentor reviews; the rest of the team to account reviews, the account manager to both. */
    public static boolean invitedAsTeamMember(String role, ReviewKind kind) {
        return kind == ReviewKind.MENTOR ? MENTOR.equals(role) || ACCOUNT_MANAGER.equals(role) : !MENTOR.equals(role);
    }

    public static Attendee attendee(String userId, String role, List<String> requiredRoles) {
        return new Attendee(userId, role, requiredRoles.contains(role), Attendee.Reply.NEEDS_ACTION);
    }

    /** The meeting on {@code date} at the policy's time, or at {@code time} when one is given. */
    public static Review.Slot slot(
            CadencePolicy.Settings policy, LocalDate date, LocalTime time, Integer durationMinutes) {
        ZonedDateTime start =
                date.atTime(time == null ? policy.meetingTime() : time).atZone(policy.timeZone());
        return new Review.Slot(
                date, start.toInstant(), durationMinutes == null ? policy.durationMinutes() : durationMinutes);
    }
}
