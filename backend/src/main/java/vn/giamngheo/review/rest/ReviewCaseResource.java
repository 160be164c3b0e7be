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
import vn.giamngheo.review.api.ReviewCaseDto;
import vn.giamngheo.review.service.ReviewService;

@Path("/api/v1/review-cases")
@Tag(name = "Annual review")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class ReviewCaseResource {
    private final ReviewService reviews;

    ReviewCaseResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/{caseId}")
    @Operation(operationId = "getReviewCase", summary = "A household's review: assessments, meeting votes and complaints")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCaseDto.class)))
    public ReviewCaseDto get(@PathParam("caseId") UUID caseId) {
        return reviews.caseDetail(caseId);
    }
}
