package kam.scoring.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kam.platform.messaging.jobs.JobProgress;
import kam.platform.web.bulk.BulkRows;
import kam.platform.web.problem.Problem;
import kam.platform.web.problem.ProblemException;

/**
 * Imports ratings, all or nothing: scores are computed, so what comes in for them is what people rate (a rated
 * criterion of the active model, for an account), each as one rating would, re-scoring the account. Any broken rule
 * refuses the whole file with each row and field named, and nothing is stored.
 */
@ApplicationScoped
public class RatingImport {
    private final Scores scores;

    public RatingImport(Scores scores) {
        this.scores = scores;
    }

    /** A row: the account, the criterion and the value, as {@code POST /api/v1/scores/{accountId}/ratings} takes. */
    public record Row(
            @NotNull UUID accountId,
            @NotBlank String criterionKey,
            @NotNull Double value,
            @Size(max = 1000) String comment) {}

    /** What an import did. */
    public record Result(int rated) {}

    /** The kind of the job an import runs as. */
    public static final String KIND = "rating-import";

    @Transactional
    public Result run(List<BulkRows.Numbered<Row>> rows, JobProgress progress) {
        List<Problem.Violation> violations = new ArrayList<>();
        progress.total(rows.size());
        for (BulkRows.Numbered<Row> numbered : rows) {
            progress.advance(1);
            Row row = numbered.row();
            try {
                scores.rate(row.accountId(), row.criterionKey(), row.value(), row.comment());
            } catch (ProblemException e) {
                violations.addAll(BulkRows.ofRow(numbered.line(), e));
            }
        }
        BulkRows.refuseIfAny(violations);
        return new Result(rows.size());
    }
}
