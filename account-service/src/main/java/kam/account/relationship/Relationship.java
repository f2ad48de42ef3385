package kam.account.relationship;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How well one of our team knows one of the customer's stakeholders, and how often they agreed to talk. */
@Entity
public class Relationship {
    /** Strength from which a relationship counts as strong. */
    public static final int STRONG = 4;

    @Id
    private UUID id;

    private UUID accountId;
    private UUID teamMemberId;
    private UUID stakeholderId;
    private int strength;
    private LocalDate lastContact;
    private Integer contactFrequencyDays;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Relationship() {}

    public static Relationship between(
            UUID accountId, UUID teamMemberId, UUID stakeholderId, RelationshipDetails details, Instant now) {
        Relationship relationship = new Relationship();
        relationship.id = UUID.randomUUID();
        relationship.accountId = accountId;
        relationship.teamMemberId = teamMemberId;
        relationship.stakeholderId = stakeholderId;
        relationship.createdAt = now;
        relationship.change(details, now);
        return relationship;
    }

    public void change(RelationshipDetails details, Instant now) {
        strength = details.strength();
        lastContact = details.lastContact();
        contactFrequencyDays = details.contactFrequencyDays();
        updatedAt = now;
    }

    /** The account merged into another: the relationship goes with its stakeholder, held by the survivor's member. */
    public void moveTo(UUID survivorId, UUID survivorsTeamMemberId, Instant now) {
        accountId = survivorId;
        teamMemberId = survivorsTeamMemberId;
        updatedAt = now;
    }

    public boolean isStrong() {
        return strength >= STRONG;
    }

    /** Overdue when an agreed frequency has passed since the last contact, or there was never one. */
    public boolean isOverdue(LocalDate today) {
        if (contactFrequencyDays == null) {
            return false;
        }
        return lastContact == null || lastContact.plusDays(contactFrequencyDays).isBefore(today);
    }

    public RelationshipDetails details() {
        return new RelationshipDetails(strength, lastContact, contactFrequencyDays);
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public UUID teamMemberId() {
        return teamMemberId;
    }

    public UUID stakeholderId() {
        return stakeholderId;
    }

    public int strength() {
        return strength;
    }

    public long version() {
        return version;
    }
}
