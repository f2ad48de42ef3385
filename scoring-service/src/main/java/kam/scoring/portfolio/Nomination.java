package kam.scoring.portfolio;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A leader's own top-N key accounts, favourite first; the latest submission replaces the one before. */
@Entity
public class Nomination {
    @Id
    private String leader;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<UUID> accountIds = new ArrayList<>();

    private Instant submittedAt;

    protected Nomination() {}

    public static Nomination by(String leader) {
        Nomination nomination = new Nomination();
        nomination.leader = leader;
        return nomination;
    }

    public void submit(List<UUID> accountIds, Instant now) {
        this.accountIds = new ArrayList<>(accountIds);
        this.submittedAt = now;
    }

    public String leader() {
        return leader;
    }

    public List<UUID> accountIds() {
        return List.copyOf(accountIds);
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
