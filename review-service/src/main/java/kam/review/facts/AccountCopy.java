package kam.review.facts;

import jakarta.persistence.Entity;
import java.time.Instant;
import kam.platform.messaging.copy.CopiedAccount;

/**
 * What review keeps of an account from the account and scoring events (the platform's CopiedAccount: name, status,
 * group, team, tier) and, of its own, its score (whether it is in the cadence by rank) and its relationship coverage
 * (the gaps the agenda shows).
 */
@Entity
public class AccountCopy extends CopiedAccount {
    private Double score;
    private Integer coverageStatus;
    private String coverageLabel;
    private Boolean singleThreaded;
    private boolean inCadence;

    protected AccountCopy() {}

    public void scored(Double score, String tier, Instant now) {
        this.score = score;
        tier(tier, now);
    }

    public void coverage(int status, String label, boolean singleThreaded, Instant now) {
        this.coverageStatus = status;
        this.coverageLabel = label;
        this.singleThreaded = singleThreaded;
        changed(now);
    }

    public void inCadence(boolean inCadence) {
        this.inCadence = inCadence;
    }

    public Double score() {
        return score;
    }

    public Integer coverageStatus() {
        return coverageStatus;
    }

    public String coverageLabel() {
        return coverageLabel;
    }

    public boolean singleThreaded() {
        return Boolean.TRUE.equals(singleThreaded);
    }

    public boolean inCadence() {
        return inCadence;
    }
}
