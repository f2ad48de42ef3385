package kam.scoring.selection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the agreed list changed: the reasons kam.scoring.tier-changed.v2 carries. */
@Schema(name = "KeyAccountListReason")
public enum ListReason {
    /** People approved a selection round. */
    LIST_AGREED,
    /** A kam-admin set an account's tier by hand. */
    OVERRIDE,
    /** Such an override reached its expiry date. */
    OVERRIDE_EXPIRED,
    /** The list follows the scores by itself, with hysteresis. */
    AUTOMATIC;

    /** The reason as kam.scoring.tier-changed.v1 knows it: an agreement that follows the scores reads as SCORE. */
    public String v1() {
        return this == LIST_AGREED || this == AUTOMATIC ? "SCORE" : name();
    }
}
