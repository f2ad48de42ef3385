package kam.scoring.score;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;
import kam.scoring.facts.AccountFact;
import kam.scoring.facts.AccountFactRepository;
import kam.scoring.model.ScoringModel;
import kam.scoring.model.ScoringModelRepository;
import kam.scoring.rules.Criterion;
import kam.scoring.selection.KeyAccountListRepository;
import kam.scoring.selection.ListFollowing;

/** Ratings, overrides and reading scores, now or as of any moment. */
@ApplicationScoped
public class Scores {
    private final ScoringModelRepository models;
    private final AccountFactRepository facts;
    private final AccountScoreRepository scores;
    private final ScoreHistoryRepository history;
    private final RatingRepository ratings;
    private final TierOverrideRepository overrides;
    private final Rescoring rescoring;
    private final ListFollowing following;
    private final KeyAccountListRepository lists;
    private final SecurityIdentity caller;
    private final Clock clock;

    public Scores(
            ScoringModelRepository models,
            AccountFactRepository facts,
            AccountScoreRepository scores,
            ScoreHistoryRepository history,
            RatingRepository ratings,
            TierOverrideRepository overrides,
            Rescoring rescoring,
            ListFollowing following,
            KeyAccountListRepository lists,
            SecurityIdentity caller,
            Clock clock) {
        this.models = models;
        this.facts = facts;
        this.scores = scores;
        this.history = history;
        this.ratings = ratings;
        this.overrides = overrides;
        this.rescoring = rescoring;
        this.following = following;
        this.lists = lists;
        this.caller = caller;
        this.clock = clock;
    }

    /** The account's current score: its latest history entry, while it has a current score at all. */
    public ScoreHistory current(UUID accountId) {
        requireAccount(accountId);
        if (scores.findById(accountId) == null) {
            throw ProblemException.notFound("score of account", accountId);
        }
        return history.asOf(accountId, clock.instant())
                .orElseThrow(() -> ProblemException.notFound("score of account", accountId));
    }

    public ScoreHistory asOf(UUID accountId, Instant when) {
        requireAccount(accountId);
        return history.asOf(accountId, when)
                .orElseThrow(() -> ProblemException.notFound("score of account " + accountId + " as of", when));
    }

    public List<ScoreHistory> history(UUID accountId) {
        requireAccount(accountId);
        return history.of(accountId);
    }

    /**
     * The account's tier in the agreed list in force; null when it is not a key account. A unit that counts in its
     * customer group shares the group's.
     */
    public String agreedTier(UUID accountId) {
        AccountScore score = scores.findById(accountId);
        return lists.tiersInForce().get(score == null ? accountId : score.countedAs());
    }

    /**
     * The tier in the agreed list at a moment for a score of then: its account's, or its group's when the score
     * shared the group's.
     */
    public BiFunction<ScoreHistory, Instant, String> agreedTiers() {
        Map<UUID, Function<Instant, String>> timelines = new HashMap<>();
        return (entry, at) -> timelines
                .computeIfAbsent(entry.countedAs(), this::agreedTimeline)
                .apply(at);
    }

    private Function<Instant, String> agreedTimeline(UUID accountId) {
        NavigableMap<Instant, Optional<String>> timeline = new TreeMap<>();
        lists.tierTimeline(accountId).forEach(t -> timeline.put(t.from(), Optional.ofNullable(t.tier())));
        return when -> {
            Map.Entry<Instant, Optional<String>> inForce = timeline.floorEntry(when);
            return inForce == null ? null : inForce.getValue().orElse(null);
        };
    }

    /**
     * Records the caller's rating of a rated criterion of the active model, then re-scores the account. Only the
     * account's team (its mentor included), its account manager and kam-admins rate it: a rating from anyone else is
     * the "56 different answers" seed 000 warns of.
     */
    @Transactional
    public Rating rate(UUID accountId, String criterionKey, double value, String comment) {
        rescoring.serialize();
        AccountFact fact = requireAccount(accountId);
        String rater = caller.getPrincipal().getName();
        if (!caller.hasRole(Roles.KAM_ADMIN) && !fact.onTeam(rater)) {
            throw ProblemException.forbidden(
                    "only the team of account " + accountId + " (its mentor included) or a kam-admin rates it");
        }
        ScoringModel model =
                models.active().orElseThrow(() -> ProblemException.conflict("no scoring model is published yet"));
        Criterion criterion = model.criteria().stream()
                .filter(c -> c.key().equals(criterionKey))
                .findFirst()
                .orElseThrow(() -> ProblemException.unprocessable(
                        "criterionKey", "is not a criterion of the active model " + model.name()));
        if (criterion.source().derived()) {
            throw ProblemException.unprocessable("criterionKey", "is derived from account data, not rated");
        }
        if (!criterion.scale().contains(value)) {
            throw ProblemException.invalid(
                    "value",
                    "body",
                    "must lie on the scale " + criterion.scale().min() + ".."
                            + criterion.scale().max());
        }
        Rating rating = Rating.of(accountId, criterionKey, value, rater, comment, clock.instant());
        ratings.persist(rating);
        ratings.flush();
        rescoring.rescore(List.of(accountId));
        return rating;
    }

    public List<Rating> ratings(UUID accountId) {
        requireAccount(accountId);
        return ratings.history(accountId);
    }

    /**
     * Sets a tier by hand until it expires; a null tier takes the account out of the key accounts. The agreed list
     * takes it at once: an override is itself an agreement, by a kam-admin, with a reason.
     */
    @Transactional
    public TierOverride override(UUID accountId, String tier, String reason, LocalDate expiresOn) {
        rescoring.serialize();
        requireAccount(accountId);
        ScoringModel model =
                models.active().orElseThrow(() -> ProblemException.conflict("no scoring model is published yet"));
        if (tier != null
                && model.tierScheme().tiers().stream().noneMatch(t -> t.name().equals(tier))) {
            throw ProblemException.unprocessable(
                    "tier", "is not a tier of " + model.tierScheme().name());
        }
        if (!expiresOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalid("expiresOn", "body", "must be in the future");
        }
        AccountScore score = scores.findById(accountId);
        if (score != null && score.groupId() != null) {
            throw ProblemException.unprocessable(
                    "accountId",
                    "is a unit that counts in customer group " + score.groupId()
                            + ", which is the key account: override the group, or let units stand alone");
        }
        overrides.deleteById(accountId);
        overrides.flush();
        TierOverride override = TierOverride.of(
                accountId, tier, reason, expiresOn, caller.getPrincipal().getName(), clock.instant());
        overrides.persist(override);
        overrides.flush();
        // The list first: the re-scoring's score-changed event then carries the agreed tier.
        following.overridden(model, override);
        rescoring.rescore(List.of(accountId));
        return override;
    }

    private AccountFact requireAccount(UUID accountId) {
        AccountFact fact = facts.findById(accountId);
        if (fact == null) {
            throw ProblemException.notFound("account", accountId);
        }
        return fact;
    }
}
