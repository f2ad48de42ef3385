package kam.scoring.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import kam.platform.messaging.jobs.JobResponse;
import kam.platform.messaging.jobs.JobStatus;
import kam.platform.messaging.jobs.Jobs;
import kam.platform.web.paging.Keyset;
import kam.platform.web.paging.Page;
import kam.platform.web.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Scoring-service's jobs: publications and rating imports, followed by whoever started them and by kam-admins. */
@Path("/api/v1/scoring-jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Long work a request started: its progress, its result or its problem.")
public class ScoringJobResource {
    private final Jobs jobs;

    public ScoringJobResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "listScoringJobs",
            summary = "Jobs of scoring-service, newest first: a kam-admin's list holds everyone's, anyone else's their"
                    + " own")
    public RestResponse<Page<JobResponse>> list(
            @QueryParam("status") JobStatus status,
            @QueryParam("kind") String kind,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(Keyset.MAX_LIMIT) int limit,
            @Context UriInfo uri) {
        return Keyset.ok(jobs.list(status, kind, cursor, limit), uri);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.KAM_ADMIN, Roles.ACCOUNT_MANAGER, Roles.EXECUTIVE, Roles.MENTOR, Roles.FINANCE, Roles.VIEWER})
    @Operation(
            operationId = "getScoringJob",
            summary = "A job of scoring-service: how far it got, and its result or problem once it ended",
            description = "Readable by whoever started it and by kam-admins; anyone else gets 403.")
    public JobResponse get(@PathParam("id") UUID id) {
        return jobs.get(id);
    }
}
