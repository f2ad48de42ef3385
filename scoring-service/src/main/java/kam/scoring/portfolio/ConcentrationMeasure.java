package kam.scoring.portfolio;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import kam.platform.events.scoring.ConcentrationMeasured;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The concentration measure last published; there is one portfolio, so one row. */
@Entity
public class ConcentrationMeasure {
    static final int PORTFOLIO_ROW = 1;

    @Id
    private int id;

    @JdbcTypeCode(SqlTypes.JSON)
    private ConcentrationMeasured published;

    private Instant measuredAt;

    protected ConcentrationMeasure() {}

    static ConcentrationMeasure of(ConcentrationMeasured measured, Instant now) {
        ConcentrationMeasure measure = new ConcentrationMeasure();
        measure.id = PORTFOLIO_ROW;
        measure.published = measured;
        measure.measuredAt = now;
        return measure;
    }

    /** Takes the new measure; returns whether it differs from the one last published. */
    boolean replaceWith(ConcentrationMeasured measured, Instant now) {
        if (measured.equals(published)) {
            return false;
        }
        this.published = measured;
        this.measuredAt = now;
        return true;
    }
}
