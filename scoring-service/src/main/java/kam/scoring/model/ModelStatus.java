package kam.scoring.model;

/** A model version's life: drafted, published (the one active version), retired by the next publication. */
public enum ModelStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
