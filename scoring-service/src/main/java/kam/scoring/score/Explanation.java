package kam.scoring.score;

import java.util.UUID;
import kam.scoring.rules.Score;

/** Why an account scores what it does: the model version and each axis's weighted score with its contributions. */
public record Explanation(UUID modelId, Score overall, Score attractiveness, Score strength) {}
