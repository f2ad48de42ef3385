package kam.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import kam.account.Account;
import kam.account.AccountPermissions;
import kam.account.Accounts;
import kam.account.ExternalRefs;
import kam.account.ProfileChanges;
import kam.platform.web.Preconditions;
import kam.platform.web.Responses;
import kam.platform.web.idempotency.Idempotent;
import kam.platform.web.problem.ProblemException;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An account by the id another system knows it by (an ERP customer number, a CRM id): read it, or upsert it from that
 * system with its own id, as strictly as any write (If-Match to replace, Idempotency-Key to retry a creation).
 */
@Path("/api/v1/account-refs/{system}/{externalId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountByRefResource {
    private final Accounts accounts;
    private final ExternalRefs refs;
    private final AccountPermissions permissions;

    public AccountByRefResource(Accounts accounts, ExternalRefs refs, AccountPermissions permissions) {
        this.accounts = accounts;
        this.refs = refs;
        this.permissions = permissions;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(operationId = "getAccountByRef", summary = "Read the account another system knows by this id")
    @APIResponse(
            responseCode = "200",
            description = "The account that holds the reference, with its ETag.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "404")
    public Response get(
            @PathParam("system") @Pattern(regexp = ExternalRefs.SYSTEM, message = ExternalRefs.SYSTEM_RULE)
                    String system,
            @PathParam("externalId") @Size(max = 100) @Pattern(regexp = ExternalRefs.ID, message = ExternalRefs.ID_RULE)
                    String externalId) {
        Account account = accounts.get(holder(system, externalId)
                .orElseThrow(() -> ProblemException.notFound("account known to " + system + " as", externalId)));
        return Responses.ok(AccountResponse.from(account), account.version());
    }

    @PUT
    @Transactional
    @Idempotent
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER})
    @Operation(
            operationId = "upsertAccountByRef",
            summary = "Register or replace the account another system knows by this id",
            description = "The body is the whole profile, as for PUT /api/v1/accounts/{id}; its externalRefs get this"
                    + " reference (naming another id of the same system is 422). When no account holds it, one is"
                    + " registered (201, Location naming it; If-Match then answers 412). When one does, its profile is"
                    + " replaced: If-Match with its ETag (or *) is required, as for any replace.")
    @APIResponse(
            responseCode = "200",
            description = "Replaced; the new ETag.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location and ETag name it.",
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response upsert(
            @PathParam("system") @Pattern(regexp = ExternalRefs.SYSTEM, message = ExternalRefs.SYSTEM_RULE)
                    String system,
            @PathParam("externalId") @Size(max = 100) @Pattern(regexp = ExternalRefs.ID, message = ExternalRefs.ID_RULE)
                    String externalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AccountRequest request) {
        Map<String, String> named = withRef(request, system, externalId);
        Optional<UUID> holder = holder(system, externalId);
        if (holder.isPresent()) {
            String owner = request.ownerId() != null
                    ? request.ownerId()
                    : accounts.get(holder.get()).ownerId();
            Account account = accounts.replace(
                    holder.get(), ifMatch, ProfileChanges.withExternalRefs(request.toProfile(owner), named));
            return Responses.ok(AccountResponse.from(account), account.version());
        }
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(
                    412,
                    "Precondition Failed",
                    "no account is known to " + system + " as " + externalId + ", so none matches " + ifMatch.strip(),
                    List.of());
        }
        Account account = accounts.register(
                ProfileChanges.withExternalRefs(request.toProfile(permissions.defaultOwner(request.ownerId())), named));
        return Response.created(UriBuilder.fromPath("/api/v1/accounts/{id}").build(account.id()))
                .tag(Preconditions.etag(account.version()))
                .entity(AccountResponse.from(account))
                .build();
    }

    private Optional<UUID> holder(String system, String externalId) {
        return refs.holderOf(new ExternalRefs.Ref(system, externalId));
    }

    /** The request's references with the path's among them; another id of the same system is the caller's error. */
    private static Map<String, String> withRef(AccountRequest request, String system, String externalId) {
        Map<String, String> named = request.externalRefs() == null ? Map.of() : request.externalRefs();
        String other = named.get(system);
        if (other != null && !other.equals(externalId)) {
            throw ProblemException.unprocessable(
                    "externalRefs." + system, "is " + other + ", but the path names " + system + " id " + externalId);
        }
        Map<String, String> all = new TreeMap<>(named);
        all.put(system, externalId);
        return all;
    }
}
