package kam.scoring.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import kam.scoring.rules.Hysteresis;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the agreed list follows the scores: the portfolio's one policy. */
@Entity
public class SelectionPolicy {
    /** The one row. */
    static final short ID = 1;

    @Id
    private short id;

    @Enumerated(EnumType.STRING)
    private Mode mode;

    private BigDecimal margin;
    private Integer daysOut;

    /** Units of a customer group are candidates of their own, not counted in their group (DOMAIN.md). */
    private boolean unitsStandAlone;

    private String updatedBy;
    private Instant updatedAt;

    /** MANUAL: only an approved round changes the list (and overrides); AUTOMATIC: it follows the scores too. */
    @Schema(name = "SelectionMode")
    public enum Mode {
        MANUAL,
        AUTOMATIC
    }

    protected SelectionPolicy() {}

    static SelectionPolicy of(Mode mode, Hysteresis hysteresis, boolean unitsStandAlone, String by, Instant at) {
        SelectionPolicy policy = new SelectionPolicy();
        policy.id = ID;
        policy.change(mode, hysteresis, unitsStandAlone, by, at);
        return policy;
    }

    void change(Mode newMode, Hysteresis hysteresis, boolean standAlone, String by, Instant at) {
        mode = newMode;
        unitsStandAlone = standAlone;
        margin = BigDecimal.valueOf(hysteresis.margin());
        daysOut = hysteresis.daysOut();
        updatedBy = by;
        updatedAt = at;
    }

    public Mode mode() {
        return mode;
    }

    public Hysteresis hysteresis() {
        return new Hysteresis(margin.doubleValue(), daysOut);
    }

    public boolean unitsStandAlone() {
        return unitsStandAlone;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
