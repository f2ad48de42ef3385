package kam.scoring.score;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.rules.Criterion;
import kam.scoring.rules.RaterValue;
import kam.scoring.rules.RatingRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The accounts whose raters disagree on a rated criterion of the active model by its calibration levels or more: the
 * list people calibrate against the scale's described levels before they agree the key accounts (seed 000).
 */
@ApplicationScoped
public class Calibration {
    private final ScoringModelRepository models;
    private final RatingRepository ratings;
    private final AccountFactRepository facts;

    public Calibration(ScoringModelRepository models, RatingRepository ratings, AccountFactRepository facts) {
        this.models = models;
        this.ratings = ratings;
        this.facts = facts;
    }

    /** An account flagged, with each criterion its raters disagree on, widest first. */
    @Schema(name = "CalibrationFlag")
    public record Flagged(UUID accountId, String name, List<RatingRules.Agreement> criteria) {
        double widest() {
            return criteria.stream()
                    .mapToDouble(RatingRules.Agreement::spreadLevels)
                    .max()
                    .orElse(0);
        }
    }

    /** Every active account flagged under the active model, the widest disagreement first; none without a model. */
    public List<Flagged> flagged() {
        return models.active()
                .map(model -> flagged(model, ratings.currentByAccount()))
                .orElse(List.of());
    }

    /** These accounts, where flagged under the model. */
    public List<Flagged> flaggedAmong(ScoringModel model, Collection<UUID> accountIds) {
        return accountIds.isEmpty() ? List.of() : flagged(model, ratings.currentByAccount(accountIds));
    }

    private List<Flagged> flagged(ScoringModel model, Map<UUID, Map<String, List<RaterValue>>> current) {
        List<Criterion> rated =
                model.criteria().stream().filter(c -> !c.source().derived()).toList();
        List<Flagged> flagged = new ArrayList<>();
        current.forEach((accountId, byCriterion) -> {
            List<RatingRules.Agreement> apart = rated.stream()
                    .filter(c -> byCriterion.containsKey(c.key()))
                    .map(c -> model.ratingRules().agreement(c, byCriterion.get(c.key())))
                    .filter(RatingRules.Agreement::flagged)
                    .sorted(Comparator.comparingDouble(RatingRules.Agreement::spreadLevels)
                            .reversed())
                    .toList();
            AccountFact fact = apart.isEmpty() ? null : facts.findById(accountId);
            if (fact != null && fact.active()) {
                flagged.add(new Flagged(accountId, fact.name(), apart));
            }
        });
        flagged.sort(Comparator.comparingDouble(Flagged::widest)
                .reversed()
                .thenComparing(Flagged::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return flagged;
    }
}
