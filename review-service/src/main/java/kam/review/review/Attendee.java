package kam.review.review;

/**
 * Someone invited to a review: their team role or the function they come for, whether the policy requires that role,
 * and their reply.
 */
public record Attendee(String userId, String role, boolean required, Reply reply) {

    /** The iCalendar participation statuses a person can answer with. */
    public enum Reply {
        NEEDS_ACTION,
        ACCEPTED,
        TENTATIVE,
        DECLINED
    }

    public Attendee withReply(Reply newReply) {
        return new Attendee(userId, role, required, newReply);
    }

    public Attendee withRole(String newRole, boolean nowRequired) {
        return new Attendee(userId, newRole, nowRequired, reply);
    }

    public boolean coming() {
        return reply != Reply.DECLINED;
    }
}
