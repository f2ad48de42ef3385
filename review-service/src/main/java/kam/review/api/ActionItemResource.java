package kam.review.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kam.platform.web.Preconditions;
import kam.platform.web.QueryParams;
import kam.platform.web.Responses;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Page;
import kam.platform.web.paging.SortField;
import kam.platform.web.paging.Where;
import kam.platform.web.security.Roles;
import kam.review.action.ActionItem;
import kam.review.action.ActionItemRepository;
import kam.review.action.ActionItemStatus;
import kam.review.action.ActionItems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/action-items")
@Tag(name = "Action items", description = "What reviews agreed: owners, due dates, closing")
public class ActionItemResource {
    private static final List<SortField<ActionItem>> SORTS = List.of(
            new SortField<>("dueDate", "e.dueDate", ActionItem::dueDate, LocalDate::parse),
            new SortField<>("raisedOn", "e.raisedOn", ActionItem::raisedOn, LocalDate::parse));

    private final ActionItemRepository repository;
    private final ActionItems actionItems;
    private final ReviewViews views;

    public ActionItemResource(ActionItemRepository repository, ActionItems actionItems, ReviewViews views) {
        this.repository = repository;
        this.actionItems = actionItems;
        this.views = views;
    }

    public record Edit(
            @NotBlank @Size(max = 500) String title,
            @NotBlank @Size(max = 100) String owner,
            @NotNull LocalDate dueDate) {}

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "listActionItems", summary = "List action items")
    @APIResponse(responseCode = "200", description = "One page; Link rel=next points to the next.")
    public RestResponse<Page<ActionItemResponse>> list(
            @QueryParam("accountId") String accountId,
            @QueryParam("reviewId") String reviewId,
            @QueryParam("owner") String owner,
            @QueryParam("status") @Parameter(description = "OPEN or CLOSED") String status,
            @QueryParam("overdue") @Parameter(description = "true: open and past their due date") Boolean overdue,
            @QueryParam("sort") @Parameter(description = "dueDate (default) or raisedOn; - to reverse") String sort,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Keyset.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        Keyset<ActionItem> keyset = Keyset.of(sort, cursor, SORTS);
        LocalDate today = views.today();
        Where where = new Where()
                .equal("accountId", QueryParams.uuid("accountId", accountId))
                .equal("reviewId", QueryParams.uuid("reviewId", reviewId))
                .equal("owner", owner == null || owner.isBlank() ? null : owner.strip())
                .equal("status", QueryParams.enumValue("status", status, ActionItemStatus.class));
        if (overdue != null) {
            where.and(
                    overdue ? "e.status = :open and e.dueDate < :today" : "(e.status <> :open or e.dueDate >= :today)",
                    Map.of("open", ActionItemStatus.OPEN, "today", today));
        }
        List<ActionItem> rows = where.page(repository, "ActionItem", keyset, limit);
        return Keyset.ok(keyset.page(rows, limit, ActionItem::id, item -> views.of(item, today)), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "The action item, with its ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActionItemResponse.class)))
    @Operation(operationId = "getActionItem", summary = "Read an action item")
    public Response get(@PathParam("id") UUID id) {
        return read(repository.require(id));
    }

    @PUT
    @Path("{id}")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "Changed; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActionItemResponse.class)))
    @Operation(
            operationId = "editActionItem",
            summary = "Change an action item's title, owner or due date",
            description = "The account's team or the item's owner; a new due date re-arms the overdue report.")
    public Response edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Edit edit) {
        ActionItem item = matching(id, ifMatch);
        return ok(actionItems.update(item, edit.title().strip(), edit.owner().strip(), edit.dueDate()));
    }

    @POST
    @Path("{id}/close")
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @APIResponse(
            responseCode = "200",
            description = "Closed; the new ETag.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActionItemResponse.class)))
    @Operation(
            operationId = "closeActionItem",
            summary = "Close a done action item",
            description = "The account's team or the item's owner. Closing a closed item changes nothing.")
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return ok(actionItems.close(matching(id, ifMatch)));
    }

    private ActionItem matching(UUID id, String ifMatch) {
        ActionItem item = repository.require(id);
        Preconditions.requireIfMatch(ifMatch, item.version());
        return item;
    }

    private Response read(ActionItem item) {
        return Responses.ok(views.of(item, views.today()), item.version());
    }

    /** After a change: flushed first, so that the ETag is the new version. */
    private Response ok(ActionItem item) {
        repository.flush();
        return read(item);
    }
}
