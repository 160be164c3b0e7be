package vn.giamngheo.transfer.rest;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.common.web.QueryValues;
import vn.giamngheo.review.domain.ReviewList;
import vn.giamngheo.review.domain.Transition;
import vn.giamngheo.transfer.domain.ExportKind;
import vn.giamngheo.transfer.service.ExportService;
import vn.giamngheo.transfer.service.ExportSlots;

/**
 * Exports for data staff and departments: streamed files of the caller's area (households, members, entitlements, the
 * review lists), every one audited. CSV, XLSX or NDJSON by Accept.
 */
@Path("/api/v1/exports")
@Tag(name = "Imports")
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class ExportResource {
    private static final String COMMUNE_PATTERN = "\\d{5}";
    private static final String COMMUNE_MESSAGE = "must be a 5-digit commune code";

    private final ExportService exports;
    private final ExportSlots slots;

    ExportResource(ExportService exports, ExportSlots slots) {
        this.exports = exports;
        this.slots = slots;
    }

    @GET
    @Path("/{kind}")
    @Produces({DocumentFormat.Types.CSV, DocumentFormat.Types.XLSX, ImportResource.NDJSON})
    @Operation(operationId = "exportRegistry", summary = "Registered households or their current members as CSV, XLSX or NDJSON, by Accept",
            description = "HOUSEHOLDS: one row per registered household; MEMBERS: one row per current member with the household's code. "
                    + "Limited to the caller's area (a commune officer's own commune; district staff may name a commune or take all), in "
                    + "commune and household-code order, streamed from the database (a million rows need no more memory than a hundred). "
                    + "XLSX holds at most 1,048,575 rows (a worksheet's limit); ask for CSV or NDJSON beyond. Every export is audited.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"households-29956.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = DocumentFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "ServiceBusy")
    public Response export(@PathParam("kind") @Parameter(description = "households or members") ExportKindParam kind,
                           @QueryParam("communeCode") @Size(max = 16) @Parameter(example = "29956") String communeCode,
                           @Context HttpHeaders headers, @Context RoutingContext routing) {
        AreaFilter area = exports.area(communeCode);
        ExportService.Format format = format(headers);
        return file(routing, out -> exports.export(kind.kind, area, format, out), format, kind.name() + "-" + areaName(area));
    }

    @GET
    @Path("/entitlements")
    @RolesAllowed(Permissions.BENEFIT_READ)
    @Produces({DocumentFormat.Types.CSV, DocumentFormat.Types.XLSX, ImportResource.NDJSON})
    @Operation(operationId = "exportEntitlements", summary = "Entitlements as CSV, XLSX or NDJSON, by Accept",
            description = "One row per entitlement, live and ended unless a state is named: household code, commune, hamlet, the person "
                    + "(full name, date of birth, citizen id; empty for a household's entitlement such as a loan), program and rule, "
                    + "state, validity, support rate, amount cap, monthly amount, what fulfilment recorded (health-insurance card number "
                    + "and validity, loan amount and repayment, employment after training), the end and its reason, the last change. "
                    + "Limited to the caller's area (a commune officer's own commune; district staff may name a commune or take all; "
                    + "naming another commune, or holding no area at all, answers 403 OUTSIDE_AREA), in commune, household-code and "
                    + "program order, streamed from the database. An unknown program answers 400 UNKNOWN_PROGRAM, an unknown state "
                    + "400 UNKNOWN_VALUE, each naming the parameter. XLSX holds at most 1,048,575 rows; ask for CSV or NDJSON beyond. "
                    + "Every export is audited with its filters and row count.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"entitlements-29956-health-insurance.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = DocumentFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "householdCode,communeCode,hamletCode,fullName,dateOfBirth,citizenId,programCode,ruleCode,state,validFrom,"
                            + "validTo,supportRatePercent,amountCapVnd,monthlyAmountVnd,cardNumber,cardValidFrom,cardValidTo,loanAmountVnd,"
                            + "repaymentStatus,employedAfter,endedOn,endReason,updatedAt\r\n"
                            + "29956-000123,29956,29956-01,Võ Văn Hai,1978-04-12,087078012345,HEALTH_INSURANCE,HI_POOR,FULFILLED,2025-01-27,"
                            + "2026-12-31,100.00,,,DN4878712345678,2025-02-01,2026-12-31,,,,,,2025-02-03T08:15:00Z\r\n"),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "ServiceBusy")
    public Response entitlements(
            @QueryParam("programCode") @Size(max = 40) @Parameter(description = "Only this benefit program", example = "HEALTH_INSURANCE")
            String programCode,
            @QueryParam("state") @Parameter(description = "Only entitlements in this state",
                    schema = @Schema(implementation = EntitlementState.class)) String state,
            @QueryParam("communeCode") @Pattern(regexp = COMMUNE_PATTERN, message = COMMUNE_MESSAGE)
            @Parameter(description = "Only this commune (commune staff always export their own)", example = "29956") String communeCode,
            @Context HttpHeaders headers, @Context RoutingContext routing) {
        EntitlementState wanted = QueryValues.oneOf("state", state, EntitlementState.class);
        AreaFilter area = exports.area(communeCode);
        exports.checkProgram(programCode);
        ExportService.Format format = format(headers);
        return file(routing, out -> exports.entitlements(area, programCode, wanted, format, out), format,
                "entitlements-" + areaName(area) + (programCode == null ? "" : "-" + programCode.replace('_', '-')));
    }

    @GET
    @Path("/review-records")
    @Produces({DocumentFormat.Types.CSV, DocumentFormat.Types.XLSX, ImportResource.NDJSON})
    @Operation(operationId = "exportStatusRecords", summary = "A consolidated review's lists as CSV, XLSX or NDJSON, by Accept",
            description = "One row per household status record the district froze for the cycle: household code, commune, hamlet, "
                    + "head's name, year, status at the start and the end, transition, poverty standard, decision date, escape date "
                    + "(the facts the status-records list shows; no indicators or income). `list` keeps the households of approved "
                    + "lists (POOR: poor at the end; ESCAPED_POVERTY: poor at the start and no longer at the end; …), `transition` "
                    + "those of transitions; both repeat, and together both must hold. Limited to the caller's area as the other "
                    + "exports, in commune, hamlet and household-code order, streamed from the database. An unknown cycle answers 404; "
                    + "a cycle the district has not consolidated yet 409 CYCLE_NOT_CONSOLIDATED (its records are frozen only then; "
                    + "the approved lists of decided communes are available before). Every export is audited with its filters and "
                    + "row count.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"review-records-2025-29956.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = DocumentFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING),
                    example = "householdCode,communeCode,hamletCode,headName,year,statusStart,statusEnd,transition,standardCode,"
                            + "decidedOn,escapedOn\r\n"
                            + "29956-000123,29956,29956-01,Võ Văn Hai,2025,POOR,NEAR_POOR,POOR_TO_NEAR_POOR,ND07_2021,2025-12-10,2025-12-10\r\n"),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ImportResource.NDJSON, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "503", ref = "ServiceBusy")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response statusRecords(
            @QueryParam("cycleId") @NotNull @Parameter(description = "The review cycle", required = true,
                    schema = @Schema(implementation = UUID.class)) String cycleId,
            @QueryParam("list") @Parameter(description = "Only households of this approved list; repeat for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewList.class)) List<String> list,
            @QueryParam("transition") @Parameter(description = "Only households of this transition; repeat for several",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Transition.class)) List<String> transition,
            @QueryParam("communeCode") @Pattern(regexp = COMMUNE_PATTERN, message = COMMUNE_MESSAGE)
            @Parameter(description = "Only this commune (commune staff always export their own)", example = "29956") String communeCode,
            @Context HttpHeaders headers, @Context RoutingContext routing) {
        UUID cycle = QueryValues.uuid("cycleId", cycleId);
        List<ReviewList> lists = QueryValues.allOf("list", list, ReviewList.class);
        List<Transition> transitions = QueryValues.allOf("transition", transition, Transition.class);
        AreaFilter area = exports.area(communeCode);
        String period = exports.reviewPeriod(cycle);
        ExportService.Format format = format(headers);
        return file(routing, out -> exports.statusRecords(cycle, area, lists, transitions, format, out), format,
                "review-records-" + period + "-" + areaName(area));
    }

    /** NDJSON when asked for first and by name; otherwise CSV (also for no or a wildcard Accept) or XLSX. */
    private static ExportService.Format format(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream().findFirst()
                .filter(m -> m.isCompatible(MediaType.valueOf(ImportResource.NDJSON)) && !m.isWildcardType())
                .map(m -> ExportService.Format.NDJSON)
                .orElseGet(() -> DocumentFormat.negotiate(headers.getAcceptableMediaTypes(), List.of(DocumentFormat.CSV, DocumentFormat.XLSX))
                        == DocumentFormat.XLSX ? ExportService.Format.XLSX : ExportService.Format.CSV);
    }

    private static String areaName(AreaFilter area) {
        return area.all() ? "all" : area.communeCode();
    }

    /**
     * The streamed file as an attachment, in one of the export slots (503 SERVICE_BUSY when none is free). The slot is
     * given back once the rows are written, or at the end of the exchange when they never are (a request that failed
     * or broke off before). A Response, not a RestResponse: with several @Produces types Quarkus REST picks the writer
     * of a RestResponse by its wrapper class and writes the StreamingOutput with toString().
     */
    private Response file(RoutingContext routing, StreamingOutput rows, ExportService.Format format, String baseName) {
        Runnable release = slots.take();
        routing.addEndHandler(ended -> release.run());
        StreamingOutput body = out -> {
            try {
                rows.write(out);
            } finally {
                release.run();
            }
        };
        String type = switch (format) {
            case CSV -> DocumentFormat.CSV.mediaType.toString();
            case XLSX -> DocumentFormat.Types.XLSX;
            case NDJSON -> ImportResource.NDJSON;
        };
        String name = baseName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") + "." + format.name().toLowerCase(Locale.ROOT);
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    /** The path's lower-case names of {@link ExportKind}. */
    public enum ExportKindParam {
        households(ExportKind.HOUSEHOLDS),
        members(ExportKind.MEMBERS);

        final ExportKind kind;

        ExportKindParam(ExportKind kind) {
            this.kind = kind;
        }
    }
}
