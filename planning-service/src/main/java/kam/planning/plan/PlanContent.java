package kam.planning.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import kam.platform.web.validation.CurrencyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan as drafted and approved: the customer's business context, SWOT, measurable objectives, strategies,
 * opportunities, risks, white space and the stakeholder engagement plan. Items carry ids that stay the same from one
 * revision to the next, so that revisions can be compared item by item; an item sent without one gets one.
 */
public record PlanContent(
        @Schema(nullable = true) @Size(max = 20_000) String businessContext,
        @Schema(nullable = true) @Valid Swot swot,
        @Size(max = 200) List<@NotNull @Valid Objective> objectives,
        @Size(max = 200) List<@NotBlank @Size(max = 2000) String> strategies,
        @Size(max = 500) List<@NotNull @Valid Opportunity> opportunities,
        @Size(max = 500) List<@NotNull @Valid Risk> risks,
        @Size(max = 200) List<@NotBlank @Size(max = 2000) String> whiteSpace,
        @Size(max = 1000) List<@NotNull @Valid Engagement> engagement) {

    public PlanContent {
        swot = swot == null ? new Swot(null, null, null, null) : swot;
        objectives = copy(objectives);
        strategies = copy(strategies);
        opportunities = copy(opportunities);
        risks = copy(risks);
        whiteSpace = copy(whiteSpace);
        engagement = copy(engagement);
    }

    public static PlanContent empty() {
        return new PlanContent(null, null, null, null, null, null, null, null);
    }

    /** The same content, with an id for every objective, opportunity and risk that has none. */
    public PlanContent withIds() {
        return new PlanContent(
                businessContext,
                swot,
                withIds(objectives, Objective::id, o -> o.withId(UUID.randomUUID())),
                strategies,
                withIds(opportunities, Opportunity::id, o -> o.withId(UUID.randomUUID())),
                withIds(risks, Risk::id, r -> r.withId(UUID.randomUUID())),
                whiteSpace,
                engagement);
    }

    public Optional<Objective> objective(UUID id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Opportunity> opportunity(UUID id) {
        return opportunities.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public record Swot(
            @Size(max = 100) List<@NotBlank @Size(max = 2000) String> strengths,
            @Size(max = 100) List<@NotBlank @Size(max = 2000) String> weaknesses,
            @Size(max = 100) List<@NotBlank @Size(max = 2000) String> opportunities,
            @Size(max = 100) List<@NotBlank @Size(max = 2000) String> threats) {
        public Swot {
            strengths = copy(strengths);
            weaknesses = copy(weaknesses);
            opportunities = copy(opportunities);
            threats = copy(threats);
        }
    }

    /** Measurable: a metric, a target, a due date and an owner. Reached when the current value meets the target. */
    public record Objective(
            UUID id,
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 200) String metric,
            @NotNull BigDecimal target,
            @NotNull LocalDate dueDate,
            @NotBlank @Size(max = 100) String owner) {
        Objective withId(UUID newId) {
            return new Objective(newId, title, metric, target, dueDate, owner);
        }
    }

    public record Opportunity(
            UUID id,
            @NotBlank @Size(max = 500) String name,
            @Schema(nullable = true) @DecimalMin("0") BigDecimal value,
            @Schema(nullable = true) @CurrencyCode String currency,
            @DecimalMin("0") @DecimalMax("1") double probability,
            @NotNull Stage stage) {
        Opportunity withId(UUID newId) {
            return new Opportunity(newId, name, value, currency, probability, stage);
        }
    }

    /** The long-term process an opportunity goes through. */
    public enum Stage {
        PRE_SALES,
        CONTRACT_NEGOTIATION,
        IMPLEMENTATION,
        REVIEW,
        EXPLOITATION
    }

    public record Risk(
            UUID id,
            @NotBlank @Size(max = 2000) String description,
            @NotNull Level severity,
            @NotNull Level likelihood,
            @NotBlank @Size(max = 100) String owner) {
        Risk withId(UUID newId) {
            return new Risk(newId, description, severity, likelihood, owner);
        }
    }

    public enum Level {
        LOW,
        MEDIUM,
        HIGH
    }

    /** Which team member keeps in touch with which stakeholder, and how often. */
    public record Engagement(
            @NotBlank @Size(max = 100) String teamMember,
            @Schema(nullable = true) UUID stakeholderId,
            @NotBlank @Size(max = 200) String stakeholderName,
            @Min(1) @Max(366) int everyDays) {}

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <T> List<T> withIds(List<T> items, Function<T, UUID> id, Function<T, T> assign) {
        return items.stream()
                .map(item -> id.apply(item) == null ? assign.apply(item) : item)
                .toList();
    }
}
