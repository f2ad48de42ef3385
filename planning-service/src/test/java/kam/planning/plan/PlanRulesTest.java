package kam.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanRulesTest {
    private static final ObjectMapper JSON =
            JsonMapper.builder().findAndAddModules().build();
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    @Test
    void eachMoveIsAllowedOnlyFromItsStatesAndARefusalListsWhatIsAllowed() {
        assertThat(Transition.SUBMIT.from(PlanStatus.DRAFT)).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(Transition.SEND_BACK.from(PlanStatus.SUBMITTED)).isEqualTo(PlanStatus.DRAFT);
        assertThat(Transition.REVISE.from(PlanStatus.ACTIVE)).isEqualTo(PlanStatus.DRAFT);
        assertThat(Transition.allowedFrom(PlanStatus.CLOSED)).isEmpty();
        assertThat(Transition.allowedFrom(PlanStatus.SUBMITTED)).containsExactly("approve", "send-back", "close");
        assertThatThrownBy(() -> Transition.APPROVE.from(PlanStatus.DRAFT))
                .isInstanceOf(Transition.IllegalTransitionException.class)
                .hasMessage("a DRAFT plan cannot approve; allowed: submit, close");
    }

    @Test
    void anApprovedRevisionIsKeptAndAChangeNeedsTheNextRevision() {
        Plan plan = Plan.draft(UUID.randomUUID(), header(), content(new BigDecimal("30")), "amelia", NOW);
        plan.move(Transition.SUBMIT, NOW);
        plan.commit("tom", NOW);
        plan.move(Transition.APPROVE, NOW);
        assertThat(plan.approvedRevision()).isEqualTo(1);
        assertThatThrownBy(() -> plan.edit(header(), content(new BigDecimal("40")), NOW))
                .isInstanceOf(Plan.NotADraftException.class)
                .hasMessageContaining("start a revision");

        plan.move(Transition.REVISE, NOW);
        assertThat(plan.revision()).isEqualTo(2);
        assertThat(plan.approvedRevision()).isEqualTo(1);
        assertThat(plan.committed("tom")).isFalse();
        Instant later = NOW.plusSeconds(3600);
        assertThat(plan.edit(header(), plan.content(), later)).isFalse();
        assertThat(plan.lastChangeAt()).isEqualTo(NOW);
    }

    @Test
    void theDiffMatchesItemsByIdAndTextsByValue() {
        PlanContent before = content(new BigDecimal("30")).withIds();
        PlanContent.Objective objective = before.objectives().get(0);
        PlanContent after = new PlanContent(
                before.businessContext(),
                new PlanContent.Swot(List.of("Trusted supplier", "Fast delivery"), null, null, null),
                List.of(new PlanContent.Objective(
                        objective.id(),
                        objective.title(),
                        objective.metric(),
                        new BigDecimal("35"),
                        objective.dueDate(),
                        objective.owner())),
                before.strategies(),
                before.opportunities(),
                before.risks(),
                before.whiteSpace(),
                before.engagement());

        List<PlanDiff.Change> changes = PlanDiff.between(JSON.valueToTree(before), JSON.valueToTree(after));

        assertThat(changes)
                .extracting(PlanDiff.Change::path, PlanDiff.Change::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "objectives[id=" + objective.id() + "].target", PlanDiff.Kind.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("swot.strengths", PlanDiff.Kind.ADDED));
        JsonNode reordered = JSON.valueToTree(new PlanContent.Swot(List.of("b", "a"), null, null, null));
        assertThat(PlanDiff.between(
                        JSON.valueToTree(new PlanContent.Swot(List.of("a", "b"), null, null, null)), reordered))
                .isEmpty();
    }

    @Test
    void healthCountsStalenessOverdueActionsObjectivesAndOnTimeDelivery() {
        List<PlanHealth.ActionState> actions = List.of(
                new PlanHealth.ActionState(ActionStatus.DONE, TODAY.minusDays(10), TODAY.minusDays(12)),
                new PlanHealth.ActionState(ActionStatus.DONE, TODAY.minusDays(10), TODAY.minusDays(5)),
                new PlanHealth.ActionState(ActionStatus.OPEN, TODAY.minusDays(1), null),
                new PlanHealth.ActionState(ActionStatus.OPEN, TODAY.plusDays(5), null),
                new PlanHealth.ActionState(ActionStatus.CANCELLED, TODAY.minusDays(30), null));
        List<PlanHealth.ObjectiveState> objectives = List.of(
                new PlanHealth.ObjectiveState(BigDecimal.TEN, TODAY.plusDays(90), BigDecimal.TEN, null),
                new PlanHealth.ObjectiveState(
                        BigDecimal.TEN, TODAY.plusDays(90), BigDecimal.ONE, ObjectiveStatus.ON_TRACK),
                new PlanHealth.ObjectiveState(
                        BigDecimal.TEN, TODAY.minusDays(1), BigDecimal.ONE, ObjectiveStatus.ON_TRACK),
                new PlanHealth.ObjectiveState(BigDecimal.TEN, TODAY.plusDays(90), null, null));

        PlanHealth health = PlanHealth.of(NOW.minusSeconds(91L * 86_400), actions, objectives, NOW);

        assertThat(health.daysSinceLastChange()).isEqualTo(91);
        assertThat(health.stale()).isTrue();
        assertThat(health.openActions()).isEqualTo(2);
        assertThat(health.overdueActions()).isEqualTo(1);
        // One done on time, one done late, one overdue: a third on time.
        assertThat(health.onTimeShare()).isEqualTo(1 / 3.0);
        assertThat(health.objectivesAchieved()).isEqualTo(1);
        assertThat(health.objectivesOnTrack()).isEqualTo(1);
        assertThat(health.objectivesOffTrack()).isEqualTo(1);
        assertThat(health.objectivesNotReported()).isEqualTo(1);
        assertThat(PlanHealth.of(NOW, List.of(), List.of(), NOW).onTimeShare()).isNull();
    }

    private static PlanHeader header() {
        return new PlanHeader("Acme 2027-2029", Scope.ACCOUNT, null, null, null, null, LocalDate.of(2027, 1, 1), 3);
    }

    private static PlanContent content(BigDecimal target) {
        return new PlanContent(
                "Grocery retailer growing its private label",
                new PlanContent.Swot(List.of("Trusted supplier"), null, null, null),
                List.of(new PlanContent.Objective(
                        null,
                        "Grow share of wallet",
                        "share of wallet %",
                        target,
                        LocalDate.of(2027, 12, 31),
                        "amelia")),
                List.of("Become their private label partner"),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
