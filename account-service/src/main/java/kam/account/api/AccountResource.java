package kam.account.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountFilter;
import kam.account.AccountPermissions;
import kam.account.AccountRepository;
import kam.account.AccountStatus;
import kam.account.Accounts;
import kam.account.ExternalRefs;
import kam.platform.web.QueryParams;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.json.JsonMergePatch;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Page;
import kam.platform.web.paging.SortField;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "The customer accounts and what we know of their business.")
public class AccountResource {
    private static final List<SortField<Account>> SORTS = List.of(
            new SortField<>("name", "e.name", Account::name, value -> value),
            new SortField<>("createdAt", "e.createdAt", Account::createdAt, Instant::parse),
            new SortField<>("updatedAt", "e.updatedAt", Account::updatedAt, Instant::parse));

    private final Accounts accounts;
    private final AccountRepository repository;
    private final AccountPermissions permissions;
    private final ObjectMapper json;
    private final Validator validator;
    private final ExternalRefs refs;

    public AccountResource(
            Accounts accounts,
            AccountRepository repository,
            AccountPermissions permissions,
            ObjectMapper json,
            Validator validator,
            ExternalRefs refs) {
        this.accounts = accounts;
        this.repository = repository;
        this.permissions = permissions;
        this.json = json;
        this.validator = validator;
        this.refs = refs;
    }

    @POST
    @Transactional
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Idempotent
    @Operation(operationId = "registerAccount", summary = "Register an account")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response register(@Valid @NotNull AccountRequest request, @Context UriInfo uri) {
        Account account = accounts.register(request.toProfile(permissions.defaultOwner(request.ownerId())));
        return Responses.created(uri, account.id(), AccountResponse.from(account), account.version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getAccount", summary = "Read an account")
    @APIResponse(
            responseCode = "200",
            description = "The account, with its ETag.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response get(@PathParam("id") UUID id) {
        return ok(accounts.get(id));
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "listAccounts",
            summary = "List accounts",
            description = "Archived accounts are left out unless status=ARCHIVED is asked for.")
    @APIResponse(responseCode = "200", description = "One page; Link rel=next points to the next.")
    public RestResponse<Page<AccountResponse>> list(
            @QueryParam("status") @Parameter(description = "PROSPECT, ACTIVE or ARCHIVED") String status,
            @QueryParam("industry") String industry,
            @QueryParam("region") String region,
            @QueryParam("country") String country,
            @QueryParam("parentAccountId") @Parameter(description = "Only the units of this group") String parentId,
            @QueryParam("ownerId") String ownerId,
            @QueryParam("q") @Parameter(description = "Part of the name, any case") String q,
            @QueryParam("externalRef")
                    @Parameter(
                            description = "The id another system knows the account by, as system:id (erp:C-10042):"
                                    + " the one account that holds it, or none")
                    String externalRef,
            @QueryParam("sort") @Parameter(description = "name (default), createdAt or updatedAt; prefix - to reverse")
                    String sort,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Keyset.MAX_LIMIT) int limit,
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        AccountFilter filter = new AccountFilter(
                QueryParams.enumValue("status", status, AccountStatus.class),
                industry,
                region,
                country,
                QueryParams.uuid("parentAccountId", parentId),
                ownerId,
                q,
                externalRef == null || externalRef.isBlank()
                        ? null
                        : refs.holderOf(ExternalRefs.Ref.parse("externalRef", externalRef.strip()))
                                .map(Set::of)
                                .orElse(Set.of()));
        Keyset<Account> keyset = Keyset.of(sort, cursor, SORTS);
        List<Account> rows = repository.search(filter, keyset, limit);
        return Keyset.ok(keyset.page(rows, limit, Account::id, AccountResponse::from), uri);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(operationId = "replaceAccount", summary = "Replace an account's profile")
    @APIResponse(
            responseCode = "200",
            description = "The account as it is now, with its new ETag.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response replace(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AccountRequest request) {
        return ok(accounts.replace(id, ifMatch, request.toProfile(ownerUnlessNamed(id, request))));
    }

    @PATCH
    @Path("{id}")
    @Consumes(JsonMergePatch.MEDIA_TYPE)
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(operationId = "patchAccount", summary = "Change part of an account's profile (JSON Merge Patch)")
    @APIResponse(
            responseCode = "200",
            description = "The account as it is now, with its new ETag.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response patch(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(
                            description = "The members to change; null removes an optional member.",
                            content =
                                    @Content(
                                            mediaType = JsonMergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = AccountRequest.class)))
                    @NotNull
                    JsonNode patch)
            throws JsonProcessingException {
        Account current = accounts.get(id);
        JsonNode merged = JsonMergePatch.apply(json.valueToTree(AccountRequest.from(current.profile())), patch);
        AccountRequest request = json.treeToValue(merged, AccountRequest.class);
        Set<ConstraintViolation<AccountRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return ok(accounts.replace(id, ifMatch, request.toProfile(request.ownerId())));
    }

    @POST
    @Path("{id}/archive")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            operationId = "archiveAccount",
            summary = "Archive an account",
            description = "The account stays readable and takes no more changes.")
    @APIResponse(
            responseCode = "200",
            description = "The archived account.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response archive(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(accounts.archive(id, ifMatch));
    }

    /** The owner follows the team's account manager: a replace that leaves it out keeps it. */
    private String ownerUnlessNamed(UUID id, AccountRequest request) {
        return request.ownerId() != null ? request.ownerId() : accounts.get(id).ownerId();
    }

    private static Response ok(Account account) {
        return Responses.ok(AccountResponse.from(account), account.version());
    }
}
