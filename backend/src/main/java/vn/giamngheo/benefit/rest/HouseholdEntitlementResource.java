package vn.giamngheo.benefit.rest;

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
import vn.giamngheo.benefit.api.EntitlementList;
import vn.giamngheo.benefit.service.EntitlementService;
import vn.giamngheo.common.security.Permissions;

@Path("/api/v1/households/{householdId}/entitlements")
@Tag(name = "Benefits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.BENEFIT_READ)
public class HouseholdEntitlementResource {
    private final EntitlementService entitlements;

    HouseholdEntitlementResource(EntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    @GET
    @Operation(operationId = "listHouseholdEntitlements", summary = "A household's entitlements with their history",
            description = "Computed from the household's latest frozen status and its members' facts whenever a status is frozen or the "
                    + "household changes. Ended entitlements stay, with the day and the reason. Area-scoped like the household; the read is audited.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EntitlementList.class)))
    public EntitlementList ofHousehold(@PathParam("householdId") UUID householdId) {
        return entitlements.ofHousehold(householdId);
    }

}
