package kam.review.review;

/** Booked by the cadence, by a person, or from a plan's approval (mentor reviews). */
public enum ReviewOrigin {
    CADENCE,
    MANUAL,
    PLAN
}
