package vn.giamngheo.benefit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.benefit.api.BenefitProgramDto;
import vn.giamngheo.benefit.api.BenefitProgramList;
import vn.giamngheo.benefit.api.ProgramCoverage;
import vn.giamngheo.benefit.service.BenefitDocuments;
import vn.giamngheo.benefit.service.BenefitProgramService;
import vn.giamngheo.benefit.service.ReconciliationService;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.security.Permissions;

@Path("/api/v1/benefit-programs")
@Tag(name = "Benefits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.BENEFIT_READ)
public class BenefitProgramResource {
    private final BenefitProgramService programs;
    private final ReconciliationService reconciliation;

    BenefitProgramResource(BenefitProgramService programs, ReconciliationService reconciliation) {
        this.programs = programs;
        this.reconciliation = reconciliation;
    }

    @GET
    @Operation(operationId = "listBenefitPrograms", summary = "The benefit programs of the plan with their rule packs",
            description = "Health-insurance premium support, Social Policy Bank loans, vocational training, tuition and learning costs, "
                    + "nutrition, and activities without individual entitlements. Each rule carries its legal citation, effective dates "
                    + "and the values the sources did not confirm (`unconfirmed`).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BenefitProgramList.class)))
    public BenefitProgramList list() {
        return programs.list();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getBenefitProgram", summary = "One benefit program with its rules")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BenefitProgramDto.class)))
    public BenefitProgramDto get(@PathParam("code") @Parameter(example = "HEALTH_INSURANCE") String code) {
        return programs.get(code);
    }

    @GET
    @Path("/{code}/coverage")
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.Types.XLSX})
    @Operation(operationId = "getProgramCoverage", summary = "Coverage of a program per commune today (the reconciliation board)",
            description = "For each commune in the caller's scope (every one appears, with zeros) and in total: who is entitled today, "
                    + "whom coverage is measured against (`basis`: ALL_ENTITLED for health insurance, REQUESTED for loans and vocational "
                    + "training), how many are fulfilled (a card valid today, a loan disbursed, a course completed) or not, and how many "
                    + "ended entitlements still hold a card or an unpaid loan. Counts only, no personal data: commune staff see their "
                    + "commune; district staff, auditors and departments every commune. "
                    + "`Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` gives the same table as a workbook "
                    + "(Vietnamese headers), audited as an export.")
    @APIResponse(responseCode = "200", description = "The coverage, or the same as a workbook",
            headers = @Header(name = "Content-Disposition", description = "With the workbook: attachment; filename=\"bao-phu-health-insurance-2026-11-26.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramCoverage.class)),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response coverage(@PathParam("code") @Parameter(example = "HEALTH_INSURANCE") String code,
                             @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
                             @Parameter(description = "Only this commune", example = "29956") String communeCode,
                             @Context HttpHeaders headers) {
        boolean xlsx = Documents.wantsDocument(headers.getAcceptableMediaTypes(), DocumentFormat.XLSX);
        ProgramCoverage c = reconciliation.coverage(code, communeCode, xlsx);
        if (!xlsx) {
            return Response.ok(c, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput body = out -> BenefitDocuments.coverageXlsx(c, out);
        return Response.ok(body, DocumentFormat.XLSX.mediaType).header("Content-Disposition",
                DocumentFormat.XLSX.attachment(BenefitDocuments.coverageName(c))).build();
    }
}
