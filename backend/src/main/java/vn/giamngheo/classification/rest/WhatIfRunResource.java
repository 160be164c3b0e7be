package vn.giamngheo.classification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.giamngheo.classification.api.WhatIfChangePage;
import vn.giamngheo.classification.api.WhatIfChangeQuery;
import vn.giamngheo.classification.api.WhatIfRunCreate;
import vn.giamngheo.classification.api.WhatIfRunDto;
import vn.giamngheo.classification.api.WhatIfRunPage;
import vn.giamngheo.classification.service.WhatIfService;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.Permissions;

/**
 * What-if re-classification of the whole registry, for the district office that consolidates the review. Runs
 * are jobs: the POST queues one and answers at once; the client polls the run until it is DONE.
 */
@Path("/api/v1/what-if-runs")
@Tag(name = "Classification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.REVIEW_CONSOLIDATE)
public class WhatIfRunResource {
    private final WhatIfService whatIf;

    WhatIfRunResource(WhatIfService whatIf) {
        this.whatIf = whatIf;
    }

    @POST
    @Operation(operationId = "requestWhatIfRun", summary = "Re-classify the whole registry under a standard or draft numbers",
            description = "Queues a run that classifies every registered household under the standard on the reference date "
                    + "(indicators from the registry's facts, the recorded income against the line; households without a "
                    + "recorded income are counted as unclassifiable, never guessed) and compares the result with each "
                    + "household's current status. A draft tries other lines or another deprivation cutoff for this run only; "
                    + "the standard is not changed. Answers 202 at once; poll the run at Location until its state is DONE.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WhatIfRunCreate.class), examples = {
            @ExampleObject(name = "standard", summary = "Decree 351/2025 as it is",
                    value = "{\"standardCode\": \"ND351_2025\", \"referenceDate\": \"2026-10-01\"}"),
            @ExampleObject(name = "draft", summary = "Decree 07/2021 with higher lines and a cutoff of 2",
                    value = "{\"standardCode\": \"ND07_2021\", \"draft\": {\"thresholds\": [{\"areaType\": \"RURAL\", \"povertyLineVnd\": 1800000},"
                            + " {\"areaType\": \"URBAN\", \"povertyLineVnd\": 2400000}], \"deprivationCutoff\": 2}}")}))
    @APIResponse(responseCode = "202", description = "Queued",
            headers = @Header(name = "Location", description = "The run, to poll", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = WhatIfRunDto.class)))
    public RestResponse<WhatIfRunDto> request(@NotNull @Valid WhatIfRunCreate body, @Context UriInfo uri) {
        WhatIfRunDto run = whatIf.request(body);
        return RestResponse.ResponseBuilder.<WhatIfRunDto>accepted(run)
                .location(uri.getAbsolutePathBuilder().path(run.id().toString()).build()).build();
    }

    @GET
    @Operation(operationId = "listWhatIfRuns", summary = "Recent what-if runs, newest first",
            description = "Each with its state, progress and the number of households that would change in the caller's area.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WhatIfRunPage.class)))
    public WhatIfRunPage list(@BeanParam @Valid PageQuery page) {
        return whatIf.list(page);
    }

    @GET
    @Path("/{runId}")
    @Operation(operationId = "getWhatIfRun", summary = "A what-if run: state, progress and counts per commune",
            description = "Counts per commune of the caller's area: households, classified, unclassifiable, unchanged and changed, "
                    + "with the changes by move (current status → status under the run's standard). They grow while the run is "
                    + "RUNNING and are final when it is DONE.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WhatIfRunDto.class)))
    public WhatIfRunDto get(@PathParam("runId") UUID runId) {
        return whatIf.get(runId);
    }

    @GET
    @Path("/{runId}/changes")
    @Operation(operationId = "listWhatIfChanges", summary = "Households whose status would change",
            description = "In commune and household-code order, limited to the caller's area; every read is audited. "
                    + "totalItems is exact.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WhatIfChangePage.class)))
    public WhatIfChangePage changes(@PathParam("runId") UUID runId, @BeanParam @Valid WhatIfChangeQuery query,
                                    @BeanParam @Valid PageQuery page) {
        return whatIf.changes(runId, query, page);
    }
}
