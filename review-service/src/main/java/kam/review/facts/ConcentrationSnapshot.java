package kam.review.facts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import kam.platform.events.scoring.ConcentrationMeasured;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The portfolio's concentration as scoring measured it at a moment. */
@Entity
public class ConcentrationSnapshot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant measuredAt;
    private int accounts;

    @Column(name = "top20_share")
    private double top20Share;

    private double hhi;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ConcentrationMeasured.Group> flagged;

    protected ConcentrationSnapshot() {}

    public static ConcentrationSnapshot of(ConcentrationMeasured measured, Instant measuredAt) {
        ConcentrationSnapshot snapshot = new ConcentrationSnapshot();
        snapshot.measuredAt = measuredAt;
        snapshot.accounts = measured.accounts();
        snapshot.top20Share = measured.top20Share();
        snapshot.hhi = measured.herfindahlHirschman();
        snapshot.flagged = measured.flagged();
        return snapshot;
    }

    public Instant measuredAt() {
        return measuredAt;
    }

    public int accounts() {
        return accounts;
    }

    public double top20Share() {
        return top20Share;
    }

    public double hhi() {
        return hhi;
    }

    public List<ConcentrationMeasured.Group> flagged() {
        return flagged;
    }
}
