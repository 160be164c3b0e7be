package vn.giamngheo.benefit.rest;

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
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.benefit.api.EntitlementDto;
import vn.giamngheo.benefit.api.EntitlementPage;
import vn.giamngheo.benefit.api.EntitlementQuery;
import vn.giamngheo.benefit.api.StepRequest;
import vn.giamngheo.benefit.service.EntitlementService;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.Permissions;

@Path("/api/v1/entitlements")
@Tag(name = "Benefits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.BENEFIT_READ)
public class EntitlementResource {
    private final EntitlementService entitlements;

    EntitlementResource(EntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    @GET
    @Operation(operationId = "listEntitlements", summary = "Search entitlements by program, commune and state",
            description = "Rows carry no identity or card numbers. Commune staff see only their commune.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EntitlementPage.class)))
    public EntitlementPage search(@BeanParam @Valid EntitlementQuery query, @BeanParam @Valid PageQuery page) {
        return entitlements.search(query, page);
    }

    @POST
    @Path("/{entitlementId}/events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Permissions.BENEFIT_FULFIL)
    @Operation(operationId = "recordEntitlementStep", summary = "Record a fulfilment step (offices without an integration)",
            description = "REQUESTED → ENROLLED → FULFILLED (card issued, loan disbursed, course completed), then REPAYMENT or EMPLOYED "
                    + "follow-ups, or REVOKED. The same rules as the partner API apply; a step the state machine refuses answers 409 "
                    + "ILLEGAL_TRANSITION. Commune staff only for their commune.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EntitlementDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public EntitlementDto record(@PathParam("entitlementId") UUID entitlementId, @NotNull @Valid StepRequest body) {
        return entitlements.record(entitlementId, body);
    }
}
