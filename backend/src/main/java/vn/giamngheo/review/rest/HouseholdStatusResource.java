package vn.giamngheo.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.review.api.StatusRecordList;
import vn.giamngheo.review.service.ReviewResultService;

/** The statuses the annual reviews froze for one household. */
@Path("/api/v1/households/{householdId}/poverty-statuses")
@Tag(name = "Annual review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class HouseholdStatusResource {
    private final ReviewResultService results;

    HouseholdStatusResource(ReviewResultService results) {
        this.results = results;
    }

    @GET
    @Operation(operationId = "listHouseholdPovertyStatuses", summary = "A household's frozen status per consolidated review, newest first",
            description = "With the transition of each year and the day it escaped poverty or near-poverty, from which benefit windows count.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatusRecordList.class)))
    public StatusRecordList list(@PathParam("householdId") UUID householdId) {
        return new StatusRecordList(results.householdStatuses(householdId));
    }
}
