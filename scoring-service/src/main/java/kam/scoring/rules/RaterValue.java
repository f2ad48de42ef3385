package kam.scoring.rules;

import java.time.Instant;

/** One rater's latest rating of one criterion of an account: the one of theirs that counts. */
public record RaterValue(String rater, double value, Instant ratedAt) {}
