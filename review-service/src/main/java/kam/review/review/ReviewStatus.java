package kam.review.review;

/** Booked; held with its outcome recorded; called off with a reason; or past its day with no outcome. */
public enum ReviewStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    MISSED
}
