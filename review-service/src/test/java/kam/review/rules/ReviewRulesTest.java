package kam.review.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import kam.review.action.ActionItem;
import kam.review.action.ClosingShare;
import kam.review.cadence.CadenceDates;
import kam.review.cadence.CadencePolicy;
import kam.review.cadence.Invitations;
import kam.review.calendar.CalendarFeed;
import kam.review.report.Quarter;
import kam.review.review.Attendee;
import kam.review.review.Outcome;
import kam.review.review.Review;
import kam.review.review.ReviewKind;
import kam.review.review.ReviewOrigin;
import kam.review.review.ReviewStateException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The review rules that need no server: cadence days, meeting states, closing share, quarters, CSV, HTML, iCal. */
class ReviewRulesTest {
    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");
    private static final CadencePolicy.Settings POLICY = new CadencePolicy.Settings(
            CadencePolicy.Selection.TOP_N,
            20,
            List.of(),
            90,
            12,
            120,
            List.of("ACCOUNT_MANAGER", "EXECUTIVE_SPONSOR"),
            List.of(new CadencePolicy.Invited("ACCOUNTS_RECEIVABLE", "ar-lead")),
            LocalTime.of(10, 0),
            90,
            ZoneId.of("Europe/London"),
            7,
            30);

    @Test
    void aYearOfNinetyDayMeetingsFallsOnWorkingDaysWithoutDrifting() {
        LocalDate entered = LocalDate.of(2027, 1, 4);
        List<LocalDate> days = CadenceDates.between(entered, entered.plusMonths(12), 90);

        assertThat(days).hasSize(4);
        assertThat(days).allMatch(CadenceDates::isWorkingDay);
        // 2027-04-04 is a Sunday: the meeting moves to Monday, but the next is still counted from the 4th.
        assertThat(days.get(0)).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(days.get(1)).isEqualTo(LocalDate.of(2027, 7, 5)); // 2027-07-03 is a Saturday
        assertThat(days.get(3)).isEqualTo(LocalDate.of(2027, 12, 30));
        assertThat(CadenceDates.workingDayFrom(LocalDate.of(2027, 1, 9)).getDayOfWeek())
                .isEqualTo(DayOfWeek.MONDAY);
        assertThatThrownBy(() -> CadenceDates.between(entered, entered.plusMonths(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMeetingWithoutItsRequiredRolesIsFlaggedUntilSomeoneComingFillsThem() {
        Review review = meeting(List.of(
                new Attendee("amelia", "ACCOUNT_MANAGER", true, Attendee.Reply.ACCEPTED),
                new Attendee("ceo", "EXECUTIVE_SPONSOR", true, Attendee.Reply.NEEDS_ACTION)));
        List<String> required = Invitations.requiredRoles(POLICY, ReviewKind.ACCOUNT);
        assertThat(review.missingRoles(required)).isEmpty();

        assertThat(review.reply("ceo", Attendee.Reply.DECLINED, NOW)).isTrue();
        assertThat(review.missingRoles(required)).containsExactly("EXECUTIVE_SPONSOR");
        assertThat(review.reply("stranger", Attendee.Reply.ACCEPTED, NOW)).isFalse();

        review.invite("cfo", "EXECUTIVE_SPONSOR", true, NOW);
        assertThat(review.missingRoles(required)).isEmpty();
        assertThat(Invitations.requiredRoles(POLICY, ReviewKind.MENTOR)).contains("MENTOR");
    }

    @Test
    void aCancelledOrFutureMeetingTakesNoOutcomeAndAHeldOneNoMove() {
        Review cancelled = meeting(List.of());
        cancelled.cancel("the customer is in a merger", "amelia", NOW);
        assertThatThrownBy(() -> cancelled.complete(outcome(), LocalDate.of(2027, 12, 31), NOW))
                .isInstanceOf(ReviewStateException.class)
                .hasMessageContaining("cancelled")
                .hasMessageContaining("merger");
        assertThat(cancelled.sequence()).isEqualTo(1);

        Review future = meeting(List.of());
        assertThatThrownBy(() -> future.complete(outcome(), future.meetingDate().minusDays(1), NOW))
                .isInstanceOf(ReviewStateException.class)
                .hasMessageContaining("takes place on");

        future.complete(outcome(), future.meetingDate(), NOW);
        assertThat(future.heldOn()).isEqualTo(future.meetingDate());
        assertThatThrownBy(() -> future.reschedule(
                        Invitations.slot(POLICY, future.meetingDate().plusDays(7), null, null), "later", "amelia", NOW))
                .isInstanceOf(ReviewStateException.class)
                .hasMessageContaining("completed");
    }

    @Test
    void theShareClosedWithinThirtyDaysJudgesOnlyItemsWhoseWindowIsOverOrThatAreClosed() {
        LocalDate held = LocalDate.of(2027, 1, 4);
        ActionItem quick = item(held);
        quick.close(held.plusDays(10), "amelia");
        ActionItem late = item(held);
        late.close(held.plusDays(45), "amelia");
        ActionItem forgotten = item(held);
        ActionItem young = item(held.plusDays(50));

        ClosingShare.Figures figures = ClosingShare.of(List.of(quick, late, forgotten, young), held.plusDays(60));
        assertThat(figures.judged()).isEqualTo(3);
        assertThat(figures.closedWithinWindow()).isEqualTo(1);
        assertThat(figures.share()).isEqualTo(1 / 3.0);
        // As of day 20 only the quick one is judged: the others are still inside their 30 days.
        assertThat(ClosingShare.of(List.of(quick, late, forgotten), held.plusDays(20))
                        .share())
                .isEqualTo(1.0);
        assertThat(ClosingShare.of(List.of(), held).share()).isNull();
        assertThat(late.closedOnTime()).isFalse();
    }

    @Test
    void quartersParseAndSpanTheirMonths() {
        Quarter q = Quarter.parse("2027-Q1");
        assertThat(q.from()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(Quarter.of(LocalDate.of(2027, 11, 23))).hasToString("2027-Q4");
        assertThatThrownBy(() -> Quarter.parse("2027-Q5")).hasMessageContaining("2027-Q1");
    }

    @Test
    void theCalendarFeedParsesBackWithEachMeetingItsAttendeesAndItsCancellation() throws Exception {
        Review booked = meeting(List.of(
                new Attendee("amelia", "ACCOUNT_MANAGER", true, Attendee.Reply.ACCEPTED),
                new Attendee("ar-lead", "ACCOUNTS_RECEIVABLE", false, Attendee.Reply.NEEDS_ACTION)));
        Review cancelled = meeting(List.of());
        cancelled.cancel("left the cadence", "review-service", NOW);
        CalendarFeed feed = new CalendarFeed("kam.example", Clock.fixed(NOW, ZoneOffset.UTC));

        String ics = feed.of("Reviews: Acme", List.of(booked, cancelled), r -> "Acme");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.get(0);
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo(booked.id() + "@kam-review");
        assertThat(first.getSummary().getValue()).isEqualTo("Account review: Acme");
        assertThat(first.getDateTimeStart().getValue()).isEqualTo("20270405T090000Z");
        assertThat(first.getProperties(Property.ATTENDEE)).hasSize(2);
        assertThat(first.getProperties(Property.DTSTAMP)).hasSize(1);
        assertThat(first.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20270104T090000Z");
        assertThat(first.getProperties(Property.ATTENDEE).get(0).getValue()).isEqualTo("mailto:amelia@kam.example");
        assertThat(first.getProperties(Property.ATTENDEE)
                        .get(0)
                        .getParameter("PARTSTAT")
                        .orElseThrow()
                        .getValue())
                .isEqualTo("ACCEPTED");
        VEvent second = events.get(1);
        assertThat(second.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(second.getSequence().getSequenceNo()).isEqualTo(1);
    }

    private static Review meeting(List<Attendee> attendees) {
        // 2027-04-05 10:00 in London is 09:00 UTC (summer time).
        return Review.book(
                UUID.randomUUID(),
                ReviewKind.ACCOUNT,
                null,
                ReviewOrigin.CADENCE,
                Invitations.slot(POLICY, LocalDate.of(2027, 4, 5), null, null),
                attendees,
                "review-service",
                NOW);
    }

    private static Outcome outcome() {
        return new Outcome(List.of("Renewed"), List.of("Expand to Spain"), List.of(), List.of(), "amelia");
    }

    private static ActionItem item(LocalDate raisedOn) {
        return ActionItem.raise(
                UUID.randomUUID(), UUID.randomUUID(), "Send terms", "amelia", raisedOn.plusDays(30), raisedOn);
    }
}
