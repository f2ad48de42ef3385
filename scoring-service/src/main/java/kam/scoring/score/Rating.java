package kam.scoring.score;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One person's rating of one rated criterion for one account; the latest per criterion counts. */
@Entity
public class Rating {
    @Id
    private UUID id;

    private UUID accountId;
    private String criterionKey;
    private BigDecimal value;
    private String rater;
    private String comment;
    private Instant ratedAt;

    protected Rating() {}

    public static Rating of(
            UUID accountId, String criterionKey, double value, String rater, String comment, Instant ratedAt) {
        Rating rating = new Rating();
        rating.id = UUID.randomUUID();
        rating.accountId = accountId;
        rating.criterionKey = criterionKey;
        rating.value = BigDecimal.valueOf(value);
        rating.rater = rater;
        rating.comment = comment;
        rating.ratedAt = ratedAt;
        return rating;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String criterionKey() {
        return criterionKey;
    }

    public double value() {
        return value.doubleValue();
    }

    public String rater() {
        return rater;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
