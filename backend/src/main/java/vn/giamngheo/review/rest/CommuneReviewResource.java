package vn.giamngheo.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.review.api.CommuneReviewDto;
import vn.giamngheo.review.api.DecisionRequest;
import vn.giamngheo.review.api.MeetingList;
import vn.giamngheo.review.api.PostingRequest;
import vn.giamngheo.review.service.ReviewService;

/** One commune's review in a cycle: its stage moves from assessing to posting to decided. */
@Path("/api/v1/commune-reviews")
@Tag(name = "Annual review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class CommuneReviewResource {
    private final ReviewService reviews;

    CommuneReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/{communeReviewId}")
    @Operation(operationId = "getCommuneReview", summary = "A commune's stage and progress in a cycle")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommuneReviewDto.class)))
    public CommuneReviewDto get(@PathParam("communeReviewId") UUID communeReviewId) {
        return reviews.communeReview(communeReviewId);
    }

    @GET
    @Path("/{communeReviewId}/meetings")
    @Operation(operationId = "listCommuneMeetings", summary = "The commune's community meetings with their votes")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MeetingList.class)))
    public MeetingList meetings(@PathParam("communeReviewId") UUID communeReviewId) {
        return reviews.meetings(communeReviewId);
    }

    @POST
    @Path("/{communeReviewId}/posting")
    @RolesAllowed(Permissions.REVIEW_APPROVE)
    @Operation(operationId = "postCommuneResults", summary = "Record the public posting of the commune's results",
            description = "Every case must have been agreed by its community meeting; the window must cover the minimum working days.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommuneReviewDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CommuneReviewDto post(@PathParam("communeReviewId") UUID communeReviewId, @NotNull @Valid PostingRequest body) {
        return reviews.post(communeReviewId, body);
    }

    @POST
    @Path("/{communeReviewId}/decision")
    @RolesAllowed(Permissions.REVIEW_APPROVE)
    @Operation(operationId = "decideCommuneReview", summary = "Record the commune chairman's decision on the lists",
            description = "Only after the posting window has ended and every complaint is resolved; the proposed statuses become final.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommuneReviewDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CommuneReviewDto decide(@PathParam("communeReviewId") UUID communeReviewId, @NotNull @Valid DecisionRequest body) {
        return reviews.decide(communeReviewId, body);
    }
}
