package vn.giamngheo.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.common.web.Versions;
import vn.giamngheo.monitoring.api.PeriodStatusDto;
import vn.giamngheo.monitoring.api.ReportPeriodCreate;
import vn.giamngheo.monitoring.api.ReportPeriodDto;
import vn.giamngheo.monitoring.api.ReportPeriodList;
import vn.giamngheo.monitoring.api.SubmissionCreate;
import vn.giamngheo.monitoring.api.SubmissionDto;
import vn.giamngheo.monitoring.api.SubmissionList;
import vn.giamngheo.monitoring.service.ConsolidatedDocuments;
import vn.giamngheo.monitoring.service.ConsolidationService;
import vn.giamngheo.monitoring.service.ReportAccess;
import vn.giamngheo.monitoring.service.ReportingService;

/**
 * Report periods (6-month due 10/6, annual due 10/11, ad-hoc) with who must report, completeness and timeliness, the
 * reminder list, the period's submissions and the consolidated district report.
 */
@Path("/api/v1/report-periods")
@Tag(name = "Program monitoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Permissions.REPORT_SUBMIT, Permissions.REPORT_REVIEW, Permissions.AUDIT_READ})
public class ReportPeriodResource {
    private final ReportingService reporting;
    private final ConsolidationService consolidation;
    private final ReportAccess access;

    ReportPeriodResource(ReportingService reporting, ConsolidationService consolidation, ReportAccess access) {
        this.reporting = reporting;
        this.consolidation = consolidation;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listReportPeriods", summary = "Report periods, newest first, each with its completeness and timeliness")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportPeriodList.class)))
    public ReportPeriodList list() {
        return reporting.periods();
    }

    @POST
    @RolesAllowed(Permissions.REPORT_REVIEW)
    @Operation(operationId = "openReportPeriod", summary = "Open a report period (standing office)",
            description = "SIX_MONTH and ANNUAL once a year each, due on 10 June and 10 November unless moved; AD_HOC names its due date, "
                    + "title and units. Every active unit reports unless unitCodes says otherwise.")
    @APIResponse(responseCode = "201", description = "Opened", headers = @Header(name = "Location", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = ReportPeriodDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<ReportPeriodDto> open(@NotNull @Valid ReportPeriodCreate body, @Context UriInfo uri) {
        ReportPeriodDto p = reporting.createPeriod(body);
        return RestResponse.ResponseBuilder.<ReportPeriodDto>created(uri.getAbsolutePathBuilder().path(p.id().toString()).build()).entity(p).build();
    }

    @GET
    @Path("/{periodId}")
    @Operation(operationId = "getReportPeriod", summary = "A report period with its completeness and timeliness")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportPeriodDto.class)))
    public ReportPeriodDto get(@PathParam("periodId") UUID periodId) {
        return reporting.period(periodId);
    }

    @GET
    @Path("/{periodId}/status")
    @Operation(operationId = "getReportPeriodStatus", summary = "Every unit that must report and where it stands: not started, draft, submitted, "
            + "returned, accepted; on time, late or missing", description = "A unit's staff see their own unit only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PeriodStatusDto.class)))
    public PeriodStatusDto status(@PathParam("periodId") UUID periodId) {
        return reporting.status(periodId);
    }

    @GET
    @Path("/{periodId}/reminders")
    @Operation(operationId = "listReportReminders", summary = "The units to remind: not handed in yet, or returned and not resubmitted; most overdue first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PeriodStatusDto.class)))
    public PeriodStatusDto reminders(@PathParam("periodId") UUID periodId) {
        return reporting.reminders(periodId);
    }

    @GET
    @Path("/{periodId}/submissions")
    @Operation(operationId = "listReportSubmissions", summary = "The period's submissions with their state and timeliness",
            description = "A unit's staff see their own unit's only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubmissionList.class)))
    public SubmissionList submissions(@PathParam("periodId") UUID periodId) {
        return reporting.submissions(periodId);
    }

    @POST
    @Path("/{periodId}/submissions")
    @RolesAllowed(Permissions.REPORT_SUBMIT)
    @Operation(operationId = "startReportSubmission", summary = "Start the own unit's report for the period, pre-filled from the registry",
            description = "A commune gets its own figures, a department the district's, for the indicators it reports. Only the unit's own staff "
                    + "may start it (403 NOT_OWN_UNIT); one report per unit and period (409 SUBMISSION_EXISTS).")
    @APIResponse(responseCode = "201", description = "A draft", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = SubmissionDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public RestResponse<SubmissionDto> start(@PathParam("periodId") UUID periodId, @NotNull @Valid SubmissionCreate body, @Context UriInfo uri) {
        SubmissionDto s = reporting.create(periodId, body);
        return RestResponse.ResponseBuilder.<SubmissionDto>created(uri.getBaseUriBuilder().path("api/v1/report-submissions").path(s.id().toString()).build())
                .entity(s).header(HttpHeaders.ETAG, Versions.etag(s.version())).build();
    }

    @GET
    @Path("/{periodId}/consolidated-report")
    @Produces({DocumentFormat.Types.PDF, DocumentFormat.Types.XLSX})
    @Operation(operationId = "exportConsolidatedReport", summary = "The district's consolidated report as PDF or XLSX, by Accept",
            description = "Key indicators by commune (a commune's accepted figures, the registry's where its report is not accepted), the units' "
                    + "activity figures and budget from accepted reports, their difficulties and proposals, and who reported in time. "
                    + "`Accept: application/pdf` (the default) or the XLSX type; anything else 406. The standing office and district-wide readers only.")
    @APIResponse(responseCode = "200", description = "The report, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"bao-cao-tong-hop-2026-six-month.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = DocumentFormat.Types.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response consolidated(@PathParam("periodId") UUID periodId, @Context HttpHeaders headers) {
        DocumentFormat format = DocumentFormat.negotiate(headers.getAcceptableMediaTypes(), List.of(DocumentFormat.PDF, DocumentFormat.XLSX));
        if (!access.seesAllUnits()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "NOT_DISTRICT", "The consolidated report is for the district's staff");
        }
        ConsolidationService.Consolidated report = consolidation.consolidate(periodId, format.name());
        String kind = reporting.period(periodId).kind().name();
        StreamingOutput body = format == DocumentFormat.XLSX ? out -> ConsolidatedDocuments.xlsx(report, out)
                : out -> ConsolidatedDocuments.pdf(report, out);
        return Response.ok(body, format.mediaType).header("Content-Disposition", format.attachment(ConsolidatedDocuments.fileName(report, kind))).build();
    }
}
