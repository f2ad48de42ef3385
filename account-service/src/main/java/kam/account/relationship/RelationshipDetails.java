package kam.account.relationship;

import java.time.LocalDate;

/** What users edit about a relationship. */
public record RelationshipDetails(int strength, LocalDate lastContact, Integer contactFrequencyDays) {}
