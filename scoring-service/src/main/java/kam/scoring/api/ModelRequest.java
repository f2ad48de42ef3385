package kam.scoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import kam.scoring.rules.Axis;
import kam.scoring.rules.Criterion;
import kam.scoring.rules.RatingRules;
import kam.scoring.rules.Scale;
import kam.scoring.rules.Source;
import kam.scoring.rules.TierScheme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A scoring model version as an administrator drafts it. */
@Schema(name = "ScoringModelRequest")
public record ModelRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Key account selection 2027")
        String name,

        @NotEmpty @Size(max = 50) List<@Valid @NotNull CriterionRequest> criteria,

        @Valid @Schema(description = "Gold 70 / Silver 50 / Bronze 30 when left out")
        TierSchemeRequest tierScheme,

        @DecimalMin("0") @DecimalMax("100") @Schema(description = "Where both axes are cut; 50 when left out")
        Double matrixMidpoint,

        @Valid
        @Schema(
                nullable = true,
                description = "How several raters' ratings of a criterion make one value; the median, flagging"
                        + " ratings 2 levels apart, when left out")
        RatingRulesRequest ratingRules) {

    @Schema(name = "RatingRulesRequest")
    public record RatingRulesRequest(
            @Schema(nullable = true, description = "MEDIAN when left out")
            RatingRules.Consensus consensus,

            @DecimalMin(value = "0", inclusive = false)
            @DecimalMax("100")
            @Schema(
                    nullable = true,
                    description = "Levels apart that flag the account for calibration; 2 when left out")
            Double calibrationLevels) {}

    @Schema(name = "CriterionRequest")
    public record CriterionRequest(
            @NotBlank @Schema(examples = "strategicFit") String key,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @NotNull @Positive Double weight,
            @NotNull @Valid ScaleRequest scale,
            @NotNull Source source,
            @NotNull Axis axis) {

        Criterion toCriterion() {
            return new Criterion(key, name, description, weight, scale.toScale(), source, axis);
        }
    }

    @Schema(name = "ScaleRequest")
    public record ScaleRequest(
            @NotNull Double min,
            @NotNull Double max,
            @Size(max = 20) List<@Valid @NotNull LevelRequest> levels) {
        Scale toScale() {
            return new Scale(
                    min,
                    max,
                    levels == null
                            ? List.of()
                            : levels.stream()
                                    .map(l -> new Scale.Level(l.value(), l.description()))
                                    .toList());
        }
    }

    @Schema(name = "ScaleLevelRequest")
    public record LevelRequest(
            @NotNull Double value,
            @NotBlank @Size(max = 500) String description) {}

    @Schema(name = "TierSchemeRequest")
    public record TierSchemeRequest(
            @NotBlank @Size(max = 100) String name,
            @NotEmpty @Size(max = 10) List<@Valid @NotNull TierRequest> tiers,
            @Positive Integer cap) {}

    @Schema(name = "TierRequest")
    public record TierRequest(
            @NotBlank @Size(max = 60) String name, @NotNull Double lowerBound) {}

    List<Criterion> toCriteria() {
        return criteria.stream().map(CriterionRequest::toCriterion).toList();
    }

    TierScheme toTierScheme() {
        if (tierScheme == null) {
            return TierScheme.goldSilverBronze();
        }
        return new TierScheme(
                tierScheme.name(),
                tierScheme.tiers().stream()
                        .map(t -> new TierScheme.Tier(t.name(), t.lowerBound()))
                        .toList(),
                tierScheme.cap());
    }

    RatingRules toRatingRules() {
        if (ratingRules == null) {
            return RatingRules.DEFAULT;
        }
        return new RatingRules(
                ratingRules.consensus() == null ? RatingRules.DEFAULT.consensus() : ratingRules.consensus(),
                ratingRules.calibrationLevels() == null
                        ? RatingRules.DEFAULT.calibrationLevels()
                        : ratingRules.calibrationLevels());
    }

    double midpoint() {
        return matrixMidpoint == null ? 50 : matrixMidpoint;
    }
}
