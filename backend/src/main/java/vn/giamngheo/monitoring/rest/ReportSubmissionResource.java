package vn.giamngheo.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.common.web.Versions;
import vn.giamngheo.monitoring.api.AttachmentDto;
import vn.giamngheo.monitoring.api.SubmissionContentDto;
import vn.giamngheo.monitoring.api.SubmissionDto;
import vn.giamngheo.monitoring.api.SubmissionVersionList;
import vn.giamngheo.monitoring.api.TransitionRequest;
import vn.giamngheo.monitoring.service.ReportingService;

/**
 * One unit's report: its content (editable while a draft or returned), the workflow steps, the versions handed in
 * with their differences, and PDF attachments. Another unit's report answers 404 to a unit's staff.
 */
@Path("/api/v1/report-submissions/{submissionId}")
@Tag(name = "Program monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Permissions.REPORT_SUBMIT, Permissions.REPORT_REVIEW, Permissions.AUDIT_READ})
public class ReportSubmissionResource {
    private static final String IF_MATCH_DOC = "The submission's ETag (its version), e.g. \"3\"";

    private final ReportingService reporting;

    ReportSubmissionResource(ReportingService reporting) {
        this.reporting = reporting;
    }

    @GET
    @Operation(operationId = "getReportSubmission", summary = "A report with every indicator (the unit's figure, the registry's, and whether they differ), "
            + "narratives, budget, attachments and the workflow's history")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SubmissionDto.class)))
    public RestResponse<SubmissionDto> get(@PathParam("submissionId") UUID submissionId) {
        return withEtag(reporting.get(submissionId));
    }

    @PUT
    @RolesAllowed(Permissions.REPORT_SUBMIT)
    @Operation(operationId = "updateReportSubmission", summary = "Save the unit's figures, narratives and budget (draft or returned only)",
            description = "Replaces the content. The registry's figures are read again, so the differs-from-registry flags are current. "
                    + "After submission and until a return the report is locked (409 ILLEGAL_TRANSITION); after acceptance for good.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SubmissionDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<SubmissionDto> update(@PathParam("submissionId") UUID submissionId,
                                              @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
                                              @NotNull @Valid SubmissionContentDto body) {
        return withEtag(reporting.update(submissionId, ifMatch, body));
    }

    @POST
    @Path("/transitions")
    @RolesAllowed({Permissions.REPORT_SUBMIT, Permissions.REPORT_REVIEW})
    @Operation(operationId = "moveReportSubmission", summary = "Submit (or resubmit) the report, or return it with a comment, or accept it",
            description = "The unit's own staff submit; only the standing office returns or accepts (403 otherwise). A step that does not follow "
                    + "from the report's state answers 409 ILLEGAL_TRANSITION. Each submission keeps a version.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SubmissionDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<SubmissionDto> move(@PathParam("submissionId") UUID submissionId, @NotNull @Valid TransitionRequest body) {
        return withEtag(reporting.transition(submissionId, body));
    }

    @GET
    @Path("/versions")
    @Operation(operationId = "listReportSubmissionVersions", summary = "Every version handed in, with the fields changed since the previous one")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubmissionVersionList.class)))
    public SubmissionVersionList versions(@PathParam("submissionId") UUID submissionId) {
        return reporting.versions(submissionId);
    }

    @POST
    @Path("/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Permissions.REPORT_SUBMIT)
    @Operation(operationId = "attachReportFile", summary = "Attach a PDF to the report (draft or returned only)",
            description = "The body is the PDF itself with `Content-Type: application/pdf`; it must start like a PDF (%PDF-) and have at most "
                    + "1,000,000 bytes (413 ATTACHMENT_TOO_LARGE); anything else answers 415 ATTACHMENT_NOT_PDF.")
    @RequestBody(required = true, content = @Content(mediaType = DocumentFormat.Types.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(schema = @Schema(implementation = AttachmentDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public RestResponse<AttachmentDto> attach(@PathParam("submissionId") UUID submissionId,
                                              @QueryParam("fileName") @Size(max = 200) @Parameter(description = "The file's name", example = "bao-cao.pdf")
                                              String fileName,
                                              @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] content) {
        return RestResponse.status(RestResponse.Status.CREATED, reporting.attach(submissionId, fileName, contentType, content));
    }

    @GET
    @Path("/attachments/{attachmentId}")
    @Produces(DocumentFormat.Types.PDF)
    @Operation(operationId = "downloadReportFile", summary = "An attachment of the report")
    @APIResponse(responseCode = "200", description = "The PDF",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = DocumentFormat.Types.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response download(@PathParam("submissionId") UUID submissionId, @PathParam("attachmentId") UUID attachmentId) {
        ReportingService.AttachmentFile f = reporting.attachment(submissionId, attachmentId);
        return Response.ok(f.content(), DocumentFormat.PDF.mediaType)
                .header("Content-Disposition", DocumentFormat.PDF.attachment(f.fileName().replaceFirst("(?i)\\.pdf$", ""))).build();
    }

    @DELETE
    @Path("/attachments/{attachmentId}")
    @RolesAllowed(Permissions.REPORT_SUBMIT)
    @Operation(operationId = "removeReportFile", summary = "Remove an attachment (draft or returned only)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void remove(@PathParam("submissionId") UUID submissionId, @PathParam("attachmentId") UUID attachmentId) {
        reporting.deleteAttachment(submissionId, attachmentId);
    }

    private static RestResponse<SubmissionDto> withEtag(SubmissionDto s) {
        return RestResponse.ResponseBuilder.ok(s).header(HttpHeaders.ETAG, Versions.etag(s.version())).build();
    }
}
