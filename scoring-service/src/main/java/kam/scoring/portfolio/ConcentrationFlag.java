package kam.scoring.portfolio;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A customer group currently flagged for concentration: an alert went out when it crossed the threshold. */
@Entity
public class ConcentrationFlag {
    @Id
    private UUID groupId;

    private BigDecimal share;
    private Instant flaggedAt;

    protected ConcentrationFlag() {}

    public static ConcentrationFlag of(UUID groupId, double share, Instant now) {
        ConcentrationFlag flag = new ConcentrationFlag();
        flag.groupId = groupId;
        flag.share = BigDecimal.valueOf(share);
        flag.flaggedAt = now;
        return flag;
    }

    public UUID groupId() {
        return groupId;
    }
}
