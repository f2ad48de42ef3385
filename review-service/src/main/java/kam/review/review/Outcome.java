package kam.review.review;

import java.util.List;
import java.util.UUID;

/**
 * What a review settled: the results achieved since the last one, the decisions, the action items raised (kept as
 * their ids; the items live on their own), and mini project teams set up for a piece of work.
 */
public record Outcome(
        List<String> results,
        List<String> decisions,
        List<UUID> actionItemIds,
        List<ProjectTeam> projectTeams,
        String recordedBy) {

    /** A small team across functions for one piece of work agreed at the review. */
    public record ProjectTeam(String name, String purpose, List<String> members) {}
}
