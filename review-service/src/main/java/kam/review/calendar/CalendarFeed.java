package kam.review.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kam.review.review.Attendee;
import kam.review.review.Review;
import kam.review.review.ReviewKind;
import kam.review.review.ReviewStatus;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Review meetings as an iCalendar (RFC 5545) feed that calendar clients subscribe to. Each meeting keeps its UID;
 * SEQUENCE counts its moves, so a moved meeting replaces the old one; a cancelled one stays with STATUS:CANCELLED so
 * calendars remove it. Times are UTC, so no time zone definitions are needed.
 */
@ApplicationScoped
public class CalendarFeed {
    private static final String PRODUCT = "-//KAM platform//review-service//EN";
    private static final Map<Attendee.Reply, PartStat> PART_STATS = Map.of(
            Attendee.Reply.NEEDS_ACTION, PartStat.NEEDS_ACTION,
            Attendee.Reply.ACCEPTED, PartStat.ACCEPTED,
            Attendee.Reply.TENTATIVE, PartStat.TENTATIVE,
            Attendee.Reply.DECLINED, PartStat.DECLINED);

    private final String mailDomain;
    private final Clock clock;

    public CalendarFeed(@ConfigProperty(name = "kam.review.calendar.mail-domain") String mailDomain, Clock clock) {
        this.mailDomain = mailDomain;
        this.clock = clock;
    }

    /**
     * @param name the calendar's name, shown by clients
     * @param accountNames account id to name, for the meetings' titles
     */
    public String of(String name, List<Review> reviews, Function<Review, String> accountNames) {
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .getFluentTarget();
        for (Review review : reviews) {
            if (review.status() != ReviewStatus.MISSED) {
                calendar.add(event(review, accountNames.apply(review)));
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private VEvent event(Review review, String accountName) {
        String summary = (review.kind() == ReviewKind.MENTOR ? "Mentor review of the plan: " : "Account review: ")
                + (accountName == null ? review.accountId() : accountName);
        VEvent event = new VEvent(review.startsAt(), review.endsAt(), summary);
        event.add(new Uid(review.id() + "@kam-review"));
        event.replace(new DtStamp(clock.instant()));
        event.add(new Sequence(review.sequence()));
        event.add(
                review.status() == ReviewStatus.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        event.add(new Description(description(review)));
        for (Attendee attendee : review.attendees()) {
            event.add(new net.fortuna.ical4j.model.property.Attendee(address(attendee.userId()))
                    .add(new Cn(attendee.userId()))
                    .add(attendee.required() ? Role.REQ_PARTICIPANT : Role.OPT_PARTICIPANT)
                    .add(PART_STATS.get(attendee.reply())));
        }
        return event;
    }

    private static String description(Review review) {
        if (review.status() == ReviewStatus.CANCELLED) {
            return "Cancelled: " + review.cancelReason();
        }
        if (review.status() == ReviewStatus.COMPLETED) {
            return "Held on " + review.heldOn() + "; outcome recorded.";
        }
        return "Agenda: /api/v1/reviews/" + review.id() + "/agenda";
    }

    private URI address(String userId) {
        return URI.create("mailto:" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "@" + mailDomain);
    }
}
