package kam.planning.plan;

import java.time.Instant;

/** What the mentor said when sending a revision back. */
public record Comment(String author, int revision, String text, Instant at) {}
