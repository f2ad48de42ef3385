package kam.scoring.model;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import kam.platform.messaging.jobs.JobProgress;
import kam.platform.messaging.jobs.Jobs;
import kam.platform.web.Preconditions;
import kam.platform.web.problem.ProblemException;
import kam.scoring.score.Rescoring;
import kam.scoring.score.ScoreStage;
import kam.scoring.score.StagedScores;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishing a model, as a job: the portfolio is scored under the draft chunk by chunk into a stage while the current
 * scores stay as they are, then one transaction retires the model before, makes the draft active and the staged
 * scores current. A failure at any point leaves the model a draft and the scores as they were.
 */
@ApplicationScoped
public class ModelPublication {
    /** The job's kind; one publication at a time. */
    public static final String KIND = "scoring-model-publication";

    private final ScoringModelRepository models;
    private final Rescoring rescoring;
    private final ScoreStage stage;
    private final StagedScores staged;
    private final Clock clock;
    private final int chunk;

    public ModelPublication(
            ScoringModelRepository models,
            Rescoring rescoring,
            ScoreStage stage,
            StagedScores staged,
            Clock clock,
            @ConfigProperty(name = "kam.scoring.publication.chunk", defaultValue = "5000") int chunk) {
        this.models = models;
        this.rescoring = rescoring;
        this.stage = stage;
        this.staged = staged;
        this.clock = clock;
        this.chunk = chunk;
    }

    /** The job that publishes this model: one at a time, whichever the model. */
    public static Jobs.Request job(UUID modelId) {
        return new Jobs.Request(KIND, modelId.toString(), KIND);
    }

    /**
     * Refuses what can be known before the work starts: an unknown model (404), a missing or stale If-Match (428,
     * 412), a model already published (409). Returns the version the publication holds the draft to.
     */
    public long check(UUID modelId, String ifMatch) {
        ScoringModel model = models.require(modelId);
        Preconditions.requireIfMatch(ifMatch, model.version());
        if (model.status() != ModelStatus.DRAFT) {
            throw new PublishedModelException(modelId);
        }
        return model.version();
    }

    /** The work of the job; the draft must still be at {@code version} when it is made active. */
    public ScoringModel run(UUID modelId, long version, JobProgress progress) {
        try {
            progress.total(inTransaction(() -> {
                rescoring.serialize();
                return stage.open(modelId, progress.jobId());
            }));
            UUID after = null;
            while (true) {
                UUID from = after;
                ScoreStage.Chunk next = inTransaction(() -> {
                    rescoring.serialize();
                    return stage.next(modelId, from, chunk);
                });
                if (next.accounts() == 0) {
                    break;
                }
                progress.advance(next.accounts());
                after = next.last();
            }
            return inTransaction(() -> switchTo(modelId, version));
        } catch (RuntimeException e) {
            try {
                inTransaction(() -> {
                    stage.close();
                    return null;
                });
            } catch (RuntimeException closing) {
                // The publication's own failure is the one to tell; the next publication empties the stage anyway.
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private ScoringModel switchTo(UUID modelId, long version) {
        rescoring.serialize();
        ScoringModel model = models.require(modelId);
        if (model.version() != version || model.status() != ModelStatus.DRAFT) {
            throw ProblemException.conflict("scoring model " + modelId + " changed while it was being published;"
                    + " nothing was published: publish it again");
        }
        Optional<ScoringModel> previous = models.active();
        previous.ifPresent(ScoringModel::retire);
        // The retirement must reach the database before the publication: one active model, enforced by an index.
        models.flush();
        model.publish(clock.instant());
        models.flush();
        staged.promote(model, clock.instant());
        stage.close();
        return model;
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().timeout(600).call(work::get);
    }
}
