package kam.review.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kam.platform.web.problem.ProblemException;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    public Review require(UUID id) {
        Review review = findById(id);
        if (review == null) {
            throw ProblemException.notFound("review", id);
        }
        return review;
    }

    /** The booked meetings of a kind for an account from a day on, soonest first. */
    public List<Review> scheduledFrom(UUID accountId, ReviewKind kind, LocalDate from) {
        return list(
                "accountId = ?1 and kind = ?2 and status = ?3 and meetingDate >= ?4 order by meetingDate",
                accountId,
                kind,
                ReviewStatus.SCHEDULED,
                from);
    }

    /** The day of the last account review the cadence rhythm counts from: booked, held or missed. */
    public Optional<LocalDate> lastCadenceDay(UUID accountId) {
        return find(
                        "accountId = ?1 and kind = ?2 and status <> ?3 order by meetingDate desc",
                        accountId,
                        ReviewKind.ACCOUNT,
                        ReviewStatus.CANCELLED)
                .firstResultOptional()
                .map(Review::meetingDate);
    }

    /** The last account review held before a day: the agenda's "since the last review". */
    public Optional<Review> lastHeldBefore(UUID accountId, LocalDate day) {
        return find(
                        "accountId = ?1 and kind = ?2 and status = ?3 and heldOn < ?4 order by heldOn desc",
                        accountId,
                        ReviewKind.ACCOUNT,
                        ReviewStatus.COMPLETED,
                        day)
                .firstResultOptional();
    }

    /** Booked meetings whose day was before {@code day}: they are missed unless an outcome comes. */
    public List<Review> scheduledBefore(LocalDate day) {
        return list("status = ?1 and meetingDate < ?2", ReviewStatus.SCHEDULED, day);
    }

    /** Booked meetings from {@code day} on, for the people of an account's team. */
    public List<Review> scheduledFrom(UUID accountId, LocalDate day) {
        return list("accountId = ?1 and status = ?2 and meetingDate >= ?3", accountId, ReviewStatus.SCHEDULED, day);
    }

    public List<Review> ofAccountBetween(UUID accountId, LocalDate from, LocalDate to) {
        return list("accountId = ?1 and meetingDate between ?2 and ?3 order by meetingDate", accountId, from, to);
    }

    /** The accounts with an account review booked, held or missed on a day between {@code from} and {@code to}. */
    public List<UUID> accountsReviewedBetween(LocalDate from, LocalDate to) {
        return getEntityManager()
                .createQuery(
                        "select distinct r.accountId from Review r where r.kind = :kind and r.meetingDate between :from"
                                + " and :to",
                        UUID.class)
                .setParameter("kind", ReviewKind.ACCOUNT)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** An account's meetings from {@code since} on, any status, for its calendar feed. */
    public List<Review> ofAccountSince(UUID accountId, Instant since) {
        return list("accountId = ?1 and startsAt >= ?2 order by startsAt", accountId, since);
    }

    /** The meetings someone is invited to from {@code since} on, any status, for their calendar feed. */
    @SuppressWarnings("unchecked")
    public List<Review> ofAttendeeSince(String userId, Instant since) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from review where attendees @> cast(:who as jsonb) and starts_at >= :since"
                                + " order by starts_at",
                        Review.class)
                .setParameter("who", "[{\"userId\":" + jsonString(userId) + "}]")
                .setParameter("since", since)
                .getResultList();
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
