package kam.scoring.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kam.platform.web.Preconditions;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.facts.CustomerGroups;
import kam.scoring.rules.Criterion;
import kam.scoring.rules.RaterValue;
import kam.scoring.rules.RatingRules;
import kam.scoring.rules.RuleViolation;
import kam.scoring.rules.TierScheme;
import kam.scoring.score.AccountScoreRepository;
import kam.scoring.score.RatingRepository;
import kam.scoring.score.Scorer;
import kam.scoring.selection.SelectionPolicies;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Drafts and tries out scoring models; {@link ModelPublication} publishes them. */
@ApplicationScoped
public class ScoringModels {
    private final ScoringModelRepository models;
    private final AccountFactRepository facts;
    private final AccountScoreRepository scores;
    private final RatingRepository ratings;
    private final SelectionPolicies policies;
    private final Clock clock;

    public ScoringModels(
            ScoringModelRepository models,
            AccountFactRepository facts,
            AccountScoreRepository scores,
            RatingRepository ratings,
            SelectionPolicies policies,
            Clock clock) {
        this.models = models;
        this.facts = facts;
        this.scores = scores;
        this.ratings = ratings;
        this.policies = policies;
        this.clock = clock;
    }

    /** One account whose tier the draft would change; a null tier means not a key account. */
    public record TierChange(
            UUID accountId,
            String name,
            @Schema(nullable = true) String currentTier,
            @Schema(nullable = true) String draftTier,
            String direction) {}

    @Transactional
    public ScoringModel draft(
            String name, List<Criterion> criteria, TierScheme tiers, double midpoint, RatingRules rules) {
        requireDistinctKeys(criteria);
        ScoringModel model = ScoringModel.draft(name, criteria, tiers, midpoint, rules, clock.instant());
        models.persistAndFlush(model);
        return model;
    }

    @Transactional
    public ScoringModel redraft(
            UUID id,
            String ifMatch,
            String name,
            List<Criterion> criteria,
            TierScheme tiers,
            double midpoint,
            RatingRules rules) {
        ScoringModel model = models.require(id);
        Preconditions.requireIfMatch(ifMatch, model.version());
        requireDistinctKeys(criteria);
        model.redraft(name, criteria, tiers, midpoint, rules);
        models.flush();
        return model;
    }

    /** The accounts whose tier would change, up or down, if this model were published now. */
    public List<TierChange> whatIf(UUID id) {
        ScoringModel draft = models.require(id);
        Map<UUID, Map<String, List<RaterValue>>> latestRatings = ratings.currentByAccount();
        List<AccountFact> active = facts.activeAccounts();
        CustomerGroups.Grouping grouping =
                CustomerGroups.within(active, policies.current().unitsStandAlone());
        // The candidates only: a unit counted in its group is never ranked.
        List<AccountFact> accounts = active.stream()
                .filter(account -> grouping.groupOf(account.accountId()) == null)
                .toList();
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (AccountFact account : accounts) {
            Double score = Scorer.explain(
                            draft,
                            latestRatings.getOrDefault(account.accountId(), Map.of()),
                            grouping.derivedValues(account))
                    .overall()
                    .value();
            ranked.add(Map.entry(account.accountId().toString(), score == null ? -1.0 : score));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        Map<String, Optional<String>> draftTiers = draft.tierScheme().assign(ranked);
        List<TierChange> changes = new ArrayList<>();
        for (AccountFact account : accounts) {
            String current = scores.findByIdOptional(account.accountId())
                    .map(score -> score.state().tier())
                    .orElse(null);
            String proposed = draftTiers.get(account.accountId().toString()).orElse(null);
            if (!Objects.equals(current, proposed)) {
                changes.add(new TierChange(
                        account.accountId(), account.name(), current, proposed, direction(draft, current, proposed)));
            }
        }
        return changes;
    }

    /** UP when the draft tier ranks higher in the draft's scheme; a tier the scheme lacks ranks lowest. */
    private static String direction(ScoringModel draft, String current, String proposed) {
        List<String> order =
                draft.tierScheme().tiers().stream().map(TierScheme.Tier::name).toList();
        int from = current == null || !order.contains(current) ? order.size() : order.indexOf(current);
        int to = proposed == null ? order.size() : order.indexOf(proposed);
        return to < from ? "UP" : "DOWN";
    }

    private static void requireDistinctKeys(List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            throw new RuleViolation("criteria", "a model needs at least one criterion");
        }
        Set<String> keys = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!keys.add(criterion.key())) {
                throw new RuleViolation("criteria." + criterion.key(), "appears twice");
            }
        }
    }
}
