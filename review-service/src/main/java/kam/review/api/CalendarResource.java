package kam.review.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.security.Roles;
import kam.review.calendar.CalendarFeed;
import kam.review.facts.AccountCopy;
import kam.review.facts.AccountCopyRepository;
import kam.review.review.Review;
import kam.review.review.ReviewPermissions;
import kam.review.review.ReviewRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews/calendar")
@Tag(name = "Calendar feeds", description = "Review meetings as iCalendar feeds (RFC 5545)")
public class CalendarResource {
    static final String ICALENDAR = "text/calendar";
    /** How far back a feed reaches: the last quarter's meetings stay visible. */
    private static final Duration LOOK_BACK = Duration.ofDays(92);

    private final ReviewRepository reviews;
    private final AccountCopyRepository accounts;
    private final ReviewPermissions permissions;
    private final CalendarFeed feed;
    private final Clock clock;

    public CalendarResource(
            ReviewRepository reviews,
            AccountCopyRepository accounts,
            ReviewPermissions permissions,
            CalendarFeed feed,
            Clock clock) {
        this.reviews = reviews;
        this.accounts = accounts;
        this.permissions = permissions;
        this.feed = feed;
        this.clock = clock;
    }

    @GET
    @Path("accounts/{accountId}.ics")
    @Produces(ICALENDAR)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getAccountCalendar", summary = "An account's review meetings as an iCalendar feed")
    public Response account(@PathParam("accountId") UUID accountId) {
        AccountCopy account = accounts.require(accountId);
        List<Review> meetings = reviews.ofAccountSince(accountId, since());
        return calendar(feed.of("Reviews: " + account.name(), meetings, r -> account.name()), "account-" + accountId);
    }

    @GET
    @Path("people/{userId}.ics")
    @Produces(ICALENDAR)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getPersonCalendar",
            summary = "The review meetings someone is invited to, as an iCalendar feed",
            description = "People read their own feed; a kam-admin reads anyone's.")
    public Response person(@PathParam("userId") String userId) {
        permissions.requireSelf(userId);
        List<Review> meetings = reviews.ofAttendeeSince(userId, since());
        Map<UUID, String> names = new HashMap<>();
        return calendar(
                feed.of(
                        "Account reviews: " + userId,
                        meetings,
                        r -> names.computeIfAbsent(r.accountId(), id -> {
                            AccountCopy account = accounts.findById(id);
                            return account == null ? null : account.name();
                        })),
                "reviews-" + userId);
    }

    private Instant since() {
        return clock.instant().minus(LOOK_BACK);
    }

    private static Response calendar(String body, String name) {
        return Response.ok(body, ICALENDAR + "; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".ics\"")
                .build();
    }
}
