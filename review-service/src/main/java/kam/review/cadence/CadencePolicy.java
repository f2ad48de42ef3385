package kam.review.cadence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The one review cadence policy a kam-admin sets: which accounts get the account review (the top N by score, or the
 * accounts in some tiers), how often, how far ahead it is booked, the mentor review interval, who must attend, who is
 * invited besides the team, and when meetings take place.
 */
@Entity
public class CadencePolicy {
    static final int THE_POLICY = 1;

    @Id
    private int id;

    @Enumerated(EnumType.STRING)
    private Selection selection;

    @Column(name = "top_n")
    private int topN;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> tiers;

    private int intervalDays;
    private int horizonMonths;
    private int mentorIntervalDays;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> requiredRoles;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Invited> invited;

    private LocalTime meetingTime;
    private int durationMinutes;
    private String timeZone;
    private int missedAfterDays;
    private int actionDueDays;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    /** How accounts enter the cadence. */
    public enum Selection {
        TOP_N,
        TIERS
    }

    /** Someone from across the organisation invited to every account review for a function they serve. */
    public record Invited(String function, String userId) {}

    /** The settings, as a kam-admin gives them. */
    public record Settings(
            Selection selection,
            int topN,
            List<String> tiers,
            int intervalDays,
            int horizonMonths,
            int mentorIntervalDays,
            List<String> requiredRoles,
            List<Invited> invited,
            LocalTime meetingTime,
            int durationMinutes,
            ZoneId timeZone,
            int missedAfterDays,
            int actionDueDays) {}

    protected CadencePolicy() {}

    public void apply(Settings settings, String by, Instant now) {
        this.selection = settings.selection();
        this.topN = settings.topN();
        this.tiers = List.copyOf(settings.tiers());
        this.intervalDays = settings.intervalDays();
        this.horizonMonths = settings.horizonMonths();
        this.mentorIntervalDays = settings.mentorIntervalDays();
        this.requiredRoles = List.copyOf(settings.requiredRoles());
        this.invited = List.copyOf(settings.invited());
        this.meetingTime = settings.meetingTime();
        this.durationMinutes = settings.durationMinutes();
        this.timeZone = settings.timeZone().getId();
        this.missedAfterDays = settings.missedAfterDays();
        this.actionDueDays = settings.actionDueDays();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Settings settings() {
        return new Settings(
                selection,
                topN,
                tiers,
                intervalDays,
                horizonMonths,
                mentorIntervalDays,
                requiredRoles,
                invited,
                meetingTime,
                durationMinutes,
                zone(),
                missedAfterDays,
                actionDueDays);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
