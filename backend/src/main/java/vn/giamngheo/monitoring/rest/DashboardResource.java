package vn.giamngheo.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.monitoring.api.CoverageDto;
import vn.giamngheo.monitoring.api.PeriodStatusDto;
import vn.giamngheo.monitoring.api.PovertyRatesDto;
import vn.giamngheo.monitoring.service.DashboardService;

/** The monitoring dashboard's figures: aggregates only; commune staff get their own commune whatever they ask for. */
@Path("/api/v1/dashboard")
@Tag(name = "Program monitoring")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Permissions.REPORT_SUBMIT, Permissions.REPORT_REVIEW, Permissions.AUDIT_READ})
public class DashboardResource {
    private final DashboardService dashboard;

    DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Path("/poverty-rates")
    @Operation(operationId = "getPovertyRates", summary = "Poverty and near-poverty rates by commune and review year, and the change against −0.6 pp",
            description = "Consolidated reviews from their frozen statuses; a review still open from its decided communes (provisional).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PovertyRatesDto.class)))
    public PovertyRatesDto povertyRates(@QueryParam("communeCode") @Size(max = 16) @Parameter(description = "One commune only", example = "29956")
                                        String communeCode) {
        return dashboard.povertyRates(communeCode);
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCoverage", summary = "Health insurance, loans and training delivered by commune against the plan's 100 %")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CoverageDto.class)))
    public CoverageDto coverage(@QueryParam("communeCode") @Size(max = 16) @Parameter(description = "One commune only", example = "29956")
                                String communeCode) {
        return dashboard.coverage(communeCode);
    }

    @GET
    @Path("/submission-status")
    @Operation(operationId = "getSubmissionStatus", summary = "The current report period's units and where each stands",
            description = "The current period is the started one due last; `periodId` picks another.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PeriodStatusDto.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PeriodStatusDto submissionStatus(@QueryParam("periodId") UUID periodId) {
        return dashboard.submissionStatus(periodId);
    }
}
