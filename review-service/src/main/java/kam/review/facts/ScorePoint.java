package kam.review.facts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An account's score and tier from a given moment: the trend since the last review and over a quarter. */
@Entity
public class ScorePoint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID accountId;
    private Instant recordedAt;
    private Double score;
    private String tier;

    protected ScorePoint() {}

    public static ScorePoint of(UUID accountId, Instant recordedAt, Double score, String tier) {
        ScorePoint point = new ScorePoint();
        point.accountId = accountId;
        point.recordedAt = recordedAt;
        point.score = score;
        point.tier = tier;
        return point;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Double score() {
        return score;
    }

    public String tier() {
        return tier;
    }
}
