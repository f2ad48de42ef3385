package kam.review.facts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What review keeps of an approved plan from the planning events: the mentor reviews it, the agenda shows it. */
@Entity
public class PlanCopy {
    public static final String APPROVED = "APPROVED";
    public static final String CLOSED = "CLOSED";

    @Id
    private UUID planId;

    private UUID accountId;
    private String title;
    private int revision;
    private String status;
    private LocalDate approvedOn;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> objectivesAchieved = new ArrayList<>();

    private Instant updatedAt;

    protected PlanCopy() {}

    public static PlanCopy approved(
            UUID planId, UUID accountId, String title, int revision, LocalDate on, Instant now) {
        PlanCopy plan = new PlanCopy();
        plan.planId = planId;
        plan.accountId = accountId;
        plan.approve(title, revision, on, now);
        return plan;
    }

    public void approve(String title, int revision, LocalDate on, Instant now) {
        this.title = title;
        this.revision = revision;
        this.status = APPROVED;
        this.approvedOn = on;
        this.updatedAt = now;
    }

    public void close(Instant now) {
        this.status = CLOSED;
        this.updatedAt = now;
    }

    public void objectiveAchieved(String objective, Instant now) {
        if (!objectivesAchieved.contains(objective)) {
            List<String> next = new ArrayList<>(objectivesAchieved);
            next.add(objective);
            this.objectivesAchieved = next;
            this.updatedAt = now;
        }
    }

    public UUID planId() {
        return planId;
    }

    public UUID accountId() {
        return accountId;
    }

    public String title() {
        return title;
    }

    public int revision() {
        return revision;
    }

    public String status() {
        return status;
    }

    public boolean approved() {
        return APPROVED.equals(status);
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public List<String> objectivesAchieved() {
        return List.copyOf(objectivesAchieved);
    }
}
