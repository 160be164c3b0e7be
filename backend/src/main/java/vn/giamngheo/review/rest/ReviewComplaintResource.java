package vn.giamngheo.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.review.api.ComplaintDto;
import vn.giamngheo.review.api.ComplaintResolution;
import vn.giamngheo.review.service.ReviewService;

@Path("/api/v1/review-complaints")
@Tag(name = "Annual review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.REVIEW_APPROVE)
public class ReviewComplaintResource {
    private final ReviewService reviews;

    ReviewComplaintResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @POST
    @Path("/{complaintId}/resolution")
    @Operation(operationId = "resolveComplaint", summary = "Resolve a complaint after its re-check",
            description = "UPHELD takes the re-check assessment's result (record it first); a changed result sends the commune back "
                    + "to assessing so the change is posted again.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ComplaintDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintDto resolve(@PathParam("complaintId") UUID complaintId, @NotNull @Valid ComplaintResolution body) {
        return reviews.resolve(complaintId, body);
    }
}
