package vn.giamngheo.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.review.api.ApplicationCreate;
import vn.giamngheo.review.api.AssessmentCreate;
import vn.giamngheo.review.api.ComplaintCreate;
import vn.giamngheo.review.api.ComplaintDto;
import vn.giamngheo.review.api.MeetingCreate;
import vn.giamngheo.review.api.MeetingDto;
import vn.giamngheo.review.api.ReviewCaseDto;
import vn.giamngheo.review.api.ReviewCasePage;
import vn.giamngheo.review.api.ReviewCycleCreate;
import vn.giamngheo.review.api.ReviewCycleDto;
import vn.giamngheo.review.api.ReviewCycleList;
import vn.giamngheo.review.api.ReviewSummaryDto;
import vn.giamngheo.review.api.StatusRecordPage;
import vn.giamngheo.review.domain.CaseState;
import vn.giamngheo.review.domain.ReviewList;
import vn.giamngheo.review.domain.Transition;
import vn.giamngheo.review.service.ReviewDocuments;
import vn.giamngheo.review.service.ReviewResultService;
import vn.giamngheo.review.service.ReviewService;

/**
 * The annual review campaign. Commune staff see and act on their own commune only; another commune's cases answer 404.
 * Each step is a state-machine move: a step that does not follow from where the case or commune stands answers
 * 409 ILLEGAL_TRANSITION.
 */
@Path("/api/v1/review-cycles")
@Tag(name = "Annual review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class ReviewCycleResource {
    private final ReviewService reviews;
    private final ReviewResultService results;

    ReviewCycleResource(ReviewService reviews, ReviewResultService results) {
        this.reviews = reviews;
        this.results = results;
    }

    @GET
    @Operation(operationId = "listReviewCycles", summary = "Review cycles, newest first, with each visible commune's stage and progress")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCycleList.class)))
    public ReviewCycleList list() {
        return reviews.cycles();
    }

    @POST
    @RolesAllowed(Permissions.REVIEW_CONSOLIDATE)
    @Operation(operationId = "openReviewCycle", summary = "Open a periodic or regular review cycle for every commune",
            description = "A periodic cycle lists every household now on the poor or near-poor list; applicants join with Form 01.")
    @APIResponse(responseCode = "201", description = "Opened", headers = @Header(name = "Location", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = ReviewCycleDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReviewCycleDto> open(@NotNull @Valid ReviewCycleCreate body, @Context UriInfo uri) {
        ReviewCycleDto c = reviews.open(body);
        return RestResponse.ResponseBuilder.<ReviewCycleDto>created(uri.getAbsolutePathBuilder().path(c.id().toString()).build()).entity(c).build();
    }

    @GET
    @Path("/{cycleId}")
    @Operation(operationId = "getReviewCycle", summary = "A cycle with the stage and progress of each commune the caller may see")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCycleDto.class)))
    public ReviewCycleDto get(@PathParam("cycleId") UUID cycleId) {
        return reviews.cycle(cycleId);
    }

    @POST
    @Path("/{cycleId}/consolidation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Permissions.REVIEW_CONSOLIDATE)
    @Operation(operationId = "consolidateReviewCycle", summary = "Consolidate the cycle for the district and freeze every reviewed household's status",
            description = "Only when every commune has decided. The frozen records carry the transition and the escape date; later edits "
                    + "of a household never change them.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCycleDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReviewCycleDto consolidate(@PathParam("cycleId") UUID cycleId) {
        return reviews.consolidate(cycleId);
    }

    @GET
    @Path("/{cycleId}/summary")
    @Operation(operationId = "getReviewSummary", summary = "Counts and rates per commune, the change against the −0.6 pp target, transitions")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewSummaryDto.class)))
    public ReviewSummaryDto summary(@PathParam("cycleId") UUID cycleId) {
        return results.summary(cycleId);
    }

    @GET
    @Path("/{cycleId}/cases")
    @Operation(operationId = "listReviewCases", summary = "The households to review in the cycle, by hamlet")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewCasePage.class)))
    public ReviewCasePage cases(@PathParam("cycleId") UUID cycleId,
                                @QueryParam("communeCode") @Size(max = 16) @Parameter(example = "29956") String communeCode,
                                @QueryParam("hamletCode") @Size(max = 16) String hamletCode,
                                @QueryParam("state") CaseState state,
                                @QueryParam("householdId") UUID householdId,
                                @BeanParam @Valid PageQuery page) {
        return reviews.cases(cycleId, communeCode, hamletCode, state, householdId, page);
    }

    @POST
    @Path("/{cycleId}/cases")
    @RolesAllowed(Permissions.REVIEW_ASSESS)
    @Operation(operationId = "recordReviewApplication", summary = "Record a household's request to be reviewed (Form 01)")
    @APIResponse(responseCode = "201", description = "Listed", content = @Content(schema = @Schema(implementation = ReviewCaseDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<ReviewCaseDto> apply(@PathParam("cycleId") UUID cycleId, @NotNull @Valid ApplicationCreate body) {
        return RestResponse.status(RestResponse.Status.CREATED, reviews.apply(cycleId, body));
    }

    @POST
    @Path("/{cycleId}/assessments")
    @RolesAllowed(Permissions.REVIEW_ASSESS)
    @Operation(operationId = "recordAssessment", summary = "Record forms B1 and B2 for a household and classify it",
            description = "Each indicator is proposed from the registry's facts on the cycle's reference date; the reviewer decides each, "
                    + "giving a reason where the decision differs from the proposal. A disputed case may be re-checked during posting.")
    @APIResponse(responseCode = "201", description = "Recorded; the case with its new assessment", content = @Content(schema = @Schema(implementation = ReviewCaseDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReviewCaseDto> assess(@PathParam("cycleId") UUID cycleId, @NotNull @Valid AssessmentCreate body) {
        return RestResponse.status(RestResponse.Status.CREATED, reviews.assess(cycleId, body));
    }

    @POST
    @Path("/{cycleId}/meetings")
    @RolesAllowed(Permissions.REVIEW_ASSESS)
    @Operation(operationId = "recordMeeting", summary = "Record a hamlet's community meeting and its votes",
            description = "A result stands when at least half of the attendees agree; otherwise the case returns for a new assessment.")
    @APIResponse(responseCode = "201", description = "Recorded, with each vote's outcome", content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<MeetingDto> meet(@PathParam("cycleId") UUID cycleId, @NotNull @Valid MeetingCreate body) {
        return RestResponse.status(RestResponse.Status.CREATED, reviews.meet(cycleId, body));
    }

    @POST
    @Path("/{cycleId}/complaints")
    @RolesAllowed(Permissions.REVIEW_ASSESS)
    @Operation(operationId = "recordComplaint", summary = "Record a complaint about a posted result")
    @APIResponse(responseCode = "201", description = "Recorded; the case is disputed", content = @Content(schema = @Schema(implementation = ComplaintDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ComplaintDto> complain(@PathParam("cycleId") UUID cycleId, @NotNull @Valid ComplaintCreate body) {
        return RestResponse.status(RestResponse.Status.CREATED, reviews.complain(cycleId, body));
    }

    @GET
    @Path("/{cycleId}/status-records")
    @Operation(operationId = "listStatusRecords", summary = "The frozen status of each reviewed household, filtered by transition",
            description = "Filled when the district consolidates the cycle.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatusRecordPage.class)))
    public StatusRecordPage records(@PathParam("cycleId") UUID cycleId,
                                    @QueryParam("communeCode") @Size(max = 16) String communeCode,
                                    @QueryParam("transition") @Parameter(description = "Repeat for several") List<Transition> transitions,
                                    @BeanParam @Valid PageQuery page) {
        return results.records(cycleId, communeCode, transitions, page);
    }

    @GET
    @Path("/{cycleId}/approved-lists/{list}")
    @Produces({DocumentFormat.Types.CSV, DocumentFormat.Types.XLSX})
    @Operation(operationId = "exportApprovedList", summary = "An approved list (poor, near-poor, escaped) of the decided communes as CSV or XLSX, by Accept",
            description = "One row per household: code, head's name, hamlet, status at the start and end, decision date. "
                    + "`Accept: text/csv` (the default) gives UTF-8 with a byte-order mark; "
                    + "`Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` a spreadsheet; anything else 406.")
    @APIResponse(responseCode = "200", description = "The list, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"danh-sach-poor-29956.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = DocumentFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response approvedList(@PathParam("cycleId") UUID cycleId, @PathParam("list") ReviewList list,
                                 @QueryParam("communeCode") @Size(max = 16) String communeCode, @Context HttpHeaders headers) {
        DocumentFormat format = DocumentFormat.negotiate(headers.getAcceptableMediaTypes(), List.of(DocumentFormat.CSV, DocumentFormat.XLSX));
        var rows = results.approvedList(cycleId, list, communeCode);
        StreamingOutput body = format == DocumentFormat.XLSX ? out -> ReviewDocuments.approvedListXlsx(list, rows, out)
                : out -> ReviewResultService.writeCsv(rows, out);
        // a Response, not a RestResponse: with several @Produces types Quarkus REST picks the writer of a RestResponse by
        // its wrapper class and writes the StreamingOutput with toString()
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", format.attachment(ReviewDocuments.approvedListName(list, communeCode))).build();
    }
}
