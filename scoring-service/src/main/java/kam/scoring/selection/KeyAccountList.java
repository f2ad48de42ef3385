package kam.scoring.selection;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of the agreed key-account list, whole: who agreed it, when, why, and every key account in it. */
@Entity
public class KeyAccountList {
    @Id
    private int version;

    @Enumerated(EnumType.STRING)
    private ListReason reason;

    private UUID modelId;
    private UUID roundId;
    private String agreedBy;
    private Instant agreedAt;
    private String note;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<ListEntry> entries;

    protected KeyAccountList() {}

    static KeyAccountList of(
            int version,
            ListReason reason,
            UUID modelId,
            UUID roundId,
            String agreedBy,
            Instant agreedAt,
            String note,
            List<ListEntry> entries) {
        KeyAccountList list = new KeyAccountList();
        list.version = version;
        list.reason = reason;
        list.modelId = modelId;
        list.roundId = roundId;
        list.agreedBy = agreedBy;
        list.agreedAt = agreedAt;
        list.note = note;
        list.entries = List.copyOf(entries);
        return list;
    }

    /** The entries by account, in rank order. */
    public Map<UUID, ListEntry> byAccount() {
        Map<UUID, ListEntry> byAccount = new LinkedHashMap<>();
        entries.forEach(e -> byAccount.put(e.accountId(), e));
        return byAccount;
    }

    public int version() {
        return version;
    }

    public ListReason reason() {
        return reason;
    }

    public UUID modelId() {
        return modelId;
    }

    public UUID roundId() {
        return roundId;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public Instant agreedAt() {
        return agreedAt;
    }

    public String note() {
        return note;
    }

    public List<ListEntry> entries() {
        return entries;
    }
}
