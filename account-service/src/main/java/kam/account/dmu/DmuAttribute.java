package kam.account.dmu;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An attribute that a kam-admin adds to every stakeholder, such as "budget holder" or "preferred channel". */
@Entity
public class DmuAttribute {
    @Id
    private String name;

    @Enumerated(EnumType.STRING)
    private DmuAttributeType type;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> allowedValues = new ArrayList<>();

    private String description;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected DmuAttribute() {}

    public static DmuAttribute define(String name, Instant now) {
        DmuAttribute attribute = new DmuAttribute();
        attribute.name = name;
        attribute.createdAt = now;
        return attribute;
    }

    public void describe(DmuAttributeType type, List<String> allowedValues, String description, Instant now) {
        this.type = type;
        this.allowedValues = new ArrayList<>(allowedValues);
        this.description = description;
        this.updatedAt = now;
    }

    /** Why {@code value} does not fit this attribute, or null when it does. */
    public String problemWith(Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> value instanceof String ? null : "must be text";
            case NUMBER -> value instanceof Number ? null : "must be a number";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
            case CHOICE -> allowedValues.contains(value) ? null : "must be one of " + allowedValues;
        };
    }

    public String name() {
        return name;
    }

    public DmuAttributeType type() {
        return type;
    }

    public List<String> allowedValues() {
        return List.copyOf(allowedValues);
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }
}
