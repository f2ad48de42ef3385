package kam.review.review;

/** The 90-day account review, or a mentor's review of an approved plan (every 120 days by default). */
public enum ReviewKind {
    ACCOUNT,
    MENTOR
}
