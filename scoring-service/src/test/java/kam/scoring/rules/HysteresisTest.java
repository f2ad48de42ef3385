package kam.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** An automatically agreed list follows the scores across a band, never across a flicker at a bound. */
class HysteresisTest {
    private static final TierScheme GSB = TierScheme.goldSilverBronze();
    private static final Hysteresis FIVE_POINTS = new Hysteresis(5, null);

    @Test
    void anAccountEntersOnlyOnceItsScoreClearsTheBoundPlusTheMargin() {
        assertThat(FIVE_POINTS.hold(GSB, null, "Bronze", 34.9, 0, true)).isNull();
        assertThat(FIVE_POINTS.hold(GSB, null, "Bronze", 35.0, 0, true)).isEqualTo("Bronze");
        // Proposed Silver at 54.9 clears Bronze's band, not yet Silver's.
        assertThat(FIVE_POINTS.hold(GSB, null, "Silver", 54.9, 0, true)).isEqualTo("Bronze");
        assertThat(FIVE_POINTS.hold(GSB, null, "Silver", 55.0, 0, true)).isEqualTo("Silver");
        // Proposed Gold at 72 clears Silver's band but not Gold's: it enters as Silver.
        assertThat(FIVE_POINTS.hold(GSB, null, "Gold", 72.0, 0, true)).isEqualTo("Silver");
        assertThat(FIVE_POINTS.hold(GSB, "Silver", "Gold", 74.0, 0, true)).isEqualTo("Silver");
        assertThat(FIVE_POINTS.hold(GSB, "Silver", "Gold", 75.0, 0, true)).isEqualTo("Gold");
    }

    @Test
    void anAccountLeavesOnlyBelowItsBoundMinusTheMargin() {
        assertThat(FIVE_POINTS.hold(GSB, "Silver", "Bronze", 45.1, 0, true)).isEqualTo("Silver");
        assertThat(FIVE_POINTS.hold(GSB, "Silver", "Bronze", 44.9, 0, true)).isEqualTo("Bronze");
        assertThat(FIVE_POINTS.hold(GSB, "Bronze", null, 25.5, 0, true)).isEqualTo("Bronze");
        assertThat(FIVE_POINTS.hold(GSB, "Bronze", null, 24.0, 0, true)).isNull();
        assertThat(FIVE_POINTS.hold(GSB, "Bronze", null, null, 0, true)).isNull();
    }

    @Test
    void aHighScoreTheCapKeepsOutLeavesAfterTheDaysOutAndNoOneEntersAFullList() {
        Hysteresis thirtyDays = new Hysteresis(5, 30);
        // Beyond the cap the score proposes no tier though it is well above Gold's bound: only time moves it.
        assertThat(thirtyDays.hold(GSB, "Gold", null, 80.0, 29, true)).isEqualTo("Gold");
        assertThat(thirtyDays.hold(GSB, "Gold", null, 80.0, 30, true)).isNull();
        assertThat(FIVE_POINTS.hold(GSB, "Gold", null, 80.0, 3650, true)).isEqualTo("Gold");
        assertThat(FIVE_POINTS.hold(GSB, null, "Gold", 99.0, 0, false)).isNull();
        assertThat(FIVE_POINTS.hold(GSB, "Silver", "Gold", 99.0, 0, false)).isEqualTo("Gold");
    }

    @Test
    void aTierTheSchemeNoLongerHasGivesWayToTheProposal() {
        assertThat(FIVE_POINTS.hold(GSB, "Platinum", "Silver", 51.0, 0, true)).isEqualTo("Silver");
        assertThat(FIVE_POINTS.hold(GSB, "Platinum", null, 10.0, 0, true)).isNull();
    }

    @RepeatedTest(100)
    void scoresFlickeringWithinTheMarginOfABoundNeverMoveTheList(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        double margin = 1 + random.nextInt(10);
        Hysteresis hysteresis = new Hysteresis(margin, null);
        double bound = GSB.tiers().get(random.nextInt(GSB.tiers().size())).lowerBound();
        double first = bound - margin + random.nextDouble() * 2 * margin;
        String held = GSB.tierFor(first).orElse(null);
        for (int rating = 0; rating < 200; rating++) {
            double score = bound - margin + 0.001 + random.nextDouble() * (2 * margin - 0.002);
            String proposed = GSB.tierFor(score).orElse(null);
            assertThat(hysteresis.hold(GSB, held, proposed, score, 0, true))
                    .as("score %.3f at the bound %.0f, margin %.0f", score, bound, margin)
                    .isEqualTo(held);
        }
    }

    @Test
    void aMarginOutsideItsRangeIsRefusedNamingIt() {
        assertThatThrownBy(() -> new Hysteresis(-1, null)).hasMessageContaining("0..50");
        assertThatThrownBy(() -> new Hysteresis(5, 0)).isInstanceOf(RuleViolation.class);
    }
}
