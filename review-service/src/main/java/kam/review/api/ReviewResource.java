package kam.review.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import kam.platform.web.Preconditions;
import kam.platform.web.QueryParams;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Page;
import kam.platform.web.paging.SortField;
import kam.platform.web.paging.Where;
import kam.platform.web.security.Roles;
import kam.review.review.Agenda;
import kam.review.review.Agendas;
import kam.review.review.Review;
import kam.review.review.ReviewKind;
import kam.review.review.ReviewRepository;
import kam.review.review.ReviewStatus;
import kam.review.review.Reviews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/reviews")
@Tag(name = "Reviews", description = "Account reviews every 90 days and mentor reviews of plans")
public class ReviewResource {
    private static final List<SortField<Review>> SORTS = List.of(
            new SortField<>("startsAt", "e.startsAt", Review::startsAt, java.time.Instant::parse),
            new SortField<>("updatedAt", "e.updatedAt", Review::updatedAt, java.time.Instant::parse));

    private final ReviewRepository repository;
    private final Reviews reviews;
    private final Agendas agendas;
    private final ReviewViews views;

    public ReviewResource(ReviewRepository repository, Reviews reviews, Agendas agendas, ReviewViews views) {
        this.repository = repository;
        this.reviews = reviews;
        this.agendas = agendas;
        this.views = views;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR})
    @Idempotent
    @Operation(
            operationId = "bookReview",
            summary = "Book a review meeting by hand",
            description = "The account's team and the policy's invited functions are asked; time and length default"
                    + " to the policy's. A meeting in the past answers 422.")
    @APIResponse(
            responseCode = "201",
            description = "Booked; Location and ETag name it.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewResponse.class)))
    public Response book(@Valid @NotNull ReviewRequests.Book request, @Context UriInfo uri) {
        Review review = reviews.book(
                request.accountId(),
                request.kind() == null ? ReviewKind.ACCOUNT : request.kind(),
                request.when(),
                request.attendees() == null ? List.of() : request.attendees());
        repository.flush();
        return Responses.created(uri, review.id(), views.of(review), review.version());
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listReviews", summary = "List review meetings")
    @APIResponse(responseCode = "200", description = "One page; Link rel=next points to the next.")
    public RestResponse<Page<ReviewResponse>> list(
            @QueryParam("accountId") String accountId,
            @QueryParam("status") @Parameter(description = "SCHEDULED, COMPLETED, CANCELLED or MISSED") String status,
            @QueryParam("kind") @Parameter(description = "ACCOUNT or MENTOR") String kind,
            @QueryParam("from") @Parameter(description = "Meetings on or after this day") String from,
            @QueryParam("to") @Parameter(description = "Meetings on or before this day") String to,
            @QueryParam("sort") @Parameter(description = "startsAt (default) or updatedAt; - to reverse") String sort,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Keyset.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        Keyset<Review> keyset = Keyset.of(sort, cursor, SORTS);
        Where where = new Where()
                .equal("accountId", QueryParams.uuid("accountId", accountId))
                .equal("status", QueryParams.enumValue("status", status, ReviewStatus.class))
                .equal("kind", QueryParams.enumValue("kind", kind, ReviewKind.class))
                .atLeast("meetingDate", QueryParams.date("from", from))
                .atMost("meetingDate", QueryParams.date("to", to));
        List<Review> rows = where.page(repository, "Review", keyset, limit);
        return Keyset.ok(keyset.page(rows, limit, Review::id, views::of), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getReview", summary = "Read a review meeting")
    @APIResponse(
            responseCode = "200",
            description = "The meeting, with its ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return read(repository.require(id));
    }

    @GET
    @Path("{id}/agenda")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getReviewAgenda",
            summary = "The agenda, composed from the facts",
            description = "Score and tier change since the last review, approved plans and their achieved objectives,"
                    + " overdue plan actions, relationship gaps and open action items.")
    public Agenda agenda(@PathParam("id") UUID id) {
        return agendas.of(repository.require(id));
    }

    @POST
    @Path("{id}/reschedule")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR})
    @APIResponse(
            responseCode = "200",
            description = "Moved; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewResponse.class)))
    @Operation(operationId = "rescheduleReview", summary = "Move a booked meeting, with the reason")
    public Response reschedule(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReviewRequests.Reschedule request) {
        Review review = matching(id, ifMatch);
        return ok(reviews.reschedule(review, request.when(), request.reason().strip()));
    }

    @POST
    @Path("{id}/cancel")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR})
    @APIResponse(
            responseCode = "200",
            description = "Cancelled; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewResponse.class)))
    @Operation(operationId = "cancelReview", summary = "Call off a booked meeting, with the reason")
    public Response cancel(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReviewRequests.Cancel request) {
        return ok(reviews.cancel(matching(id, ifMatch), request.reason().strip()));
    }

    @PUT
    @Path("{id}/attendees/{userId}")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR})
    @APIResponse(
            responseCode = "200",
            description = "Invited; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewResponse.class)))
    @Operation(operationId = "inviteToReview", summary = "Invite someone, or change the role they come in")
    public Response invite(
            @PathParam("id") UUID id,
            @PathParam("userId") String userId,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReviewRequests.Invite request) {
        return ok(reviews.invite(matching(id, ifMatch), userId, request.role().strip()));
    }

    @DELETE
    @Path("{id}/attendees/{userId}")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR})
    @APIResponse(
            responseCode = "200",
            description = "Uninvited; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewResponse.class)))
    @Operation(operationId = "uninviteFromReview", summary = "Take someone off the meeting")
    public Response uninvite(
            @PathParam("id") UUID id, @PathParam("userId") String userId, @HeaderParam("If-Match") String ifMatch) {
        return ok(reviews.uninvite(matching(id, ifMatch), userId));
    }

    @PUT
    @Path("{id}/attendees/{userId}/reply")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "Replied; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewResponse.class)))
    @Operation(
            operationId = "replyToReview",
            summary = "Answer an invitation: ACCEPTED, TENTATIVE or DECLINED",
            description = "People answer for themselves; someone not invited gets 422 naming userId.")
    public Response reply(
            @PathParam("id") UUID id,
            @PathParam("userId") String userId,
            @Valid @NotNull ReviewRequests.Reply request) {
        return ok(reviews.reply(repository.require(id), userId, request.reply()));
    }

    @POST
    @Path("{id}/outcome")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR})
    @APIResponse(
            responseCode = "200",
            description = "Held, with its outcome; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewResponse.class)))
    @Operation(
            operationId = "recordReviewOutcome",
            summary = "Record what the meeting settled, and raise its action items",
            description = "Results, decisions, action items (due 30 days after the meeting unless agreed) and mini"
                    + " project teams. A cancelled or missed meeting, or one still to come, answers 409.")
    public Response recordOutcome(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ReviewRequests.RecordOutcome request) {
        return ok(reviews.complete(matching(id, ifMatch), request.draft()));
    }

    private Review matching(UUID id, String ifMatch) {
        Review review = repository.require(id);
        Preconditions.requireIfMatch(ifMatch, review.version());
        return review;
    }

    private Response read(Review review) {
        return Responses.ok(views.of(review), review.version());
    }

    /** After a change: flushed first, so that the ETag is the new version. */
    private Response ok(Review review) {
        repository.flush();
        return read(review);
    }
}
