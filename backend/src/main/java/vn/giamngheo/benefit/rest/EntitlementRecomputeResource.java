package vn.giamngheo.benefit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.giamngheo.benefit.api.EntitlementRecomputeDto;
import vn.giamngheo.benefit.service.RecomputeService;
import vn.giamngheo.common.security.Permissions;

/**
 * Recompute of every household's entitlements, for the district office (the same permission as consolidating the
 * review, whose frozen statuses the entitlements follow). A job: the POST queues it and answers at once; the
 * client polls it until it is DONE. The nightly sweep queues the same kind of job once a day.
 */
@Path("/api/v1/entitlement-recomputes")
@Tag(name = "Benefits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.REVIEW_CONSOLIDATE)
public class EntitlementRecomputeResource {
    private final RecomputeService recomputes;

    EntitlementRecomputeResource(RecomputeService recomputes) {
        this.recomputes = recomputes;
    }

    @POST
    @Operation(operationId = "requestEntitlementRecompute", summary = "Recompute every household's entitlements",
            description = "Queues a job that brings every household's entitlements in line with the rule packs as of today (in "
                    + "Vietnam): from each household's latest frozen status, its escape date and its current members. "
                    + "Entitlements whose validity ended (a card's year, the 3-year window after an escape, a child's 16th "
                    + "birthday) are expired with their reason, never deleted; new ones are granted; changed terms are "
                    + "updated. Households are taken in chunks, each committed with the job's cursor, so a job interrupted by "
                    + "a restart resumes where it stopped. No body. Answers 202 at once; poll the job at Location until its "
                    + "state is DONE.")
    @APIResponse(responseCode = "202", description = "Queued",
            headers = @Header(name = "Location", description = "The job, to poll", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = EntitlementRecomputeDto.class)))
    public RestResponse<EntitlementRecomputeDto> request(@Context UriInfo uri) {
        EntitlementRecomputeDto job = recomputes.request();
        return RestResponse.ResponseBuilder.<EntitlementRecomputeDto>accepted(job)
                .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build()).build();
    }

    @GET
    @Path("/{recomputeId}")
    @Operation(operationId = "getEntitlementRecompute", summary = "A recompute job: state, progress, counts and timing",
            description = "Households processed of the total, entitlements created, changed and ended so far, and the time "
                    + "since the start. The counts grow while the job is RUNNING and are final when it is DONE.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EntitlementRecomputeDto.class)))
    public EntitlementRecomputeDto get(@PathParam("recomputeId") UUID recomputeId) {
        return recomputes.get(recomputeId);
    }
}
