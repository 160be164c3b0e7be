package vn.giamngheo.transfer.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.transfer.api.ImportJobDto;
import vn.giamngheo.transfer.api.ImportJobPage;
import vn.giamngheo.transfer.api.ImportProblemPage;
import vn.giamngheo.transfer.domain.ImportFormat;
import vn.giamngheo.transfer.domain.ImportMatch;
import vn.giamngheo.transfer.domain.ImportMode;
import vn.giamngheo.transfer.domain.ImportPolicy;
import vn.giamngheo.transfer.service.ImportService;
import vn.giamngheo.transfer.service.ImportTemplate;

/**
 * Bulk imports of households with their members, for data staff and scripts (the importer client). A POST stores
 * the file as it streams in and queues a job; the job checks every record, and a commit writes them. Jobs run in the
 * background; clients poll the job or follow its events.
 */
@Path("/api/v1/imports")
@Tag(name = "Imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.IMPORT_RUN)
public class ImportResource {
    static final String NDJSON = "application/x-ndjson";
    private static final String REPLAYED = "Idempotency-Replayed";
    private final ImportService imports;
    private final ImportTemplate template;

    ImportResource(ImportService imports, ImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    @GET
    @Path("/template")
    @Produces({DocumentFormat.Types.XLSX, DocumentFormat.Types.CSV})
    @Operation(operationId = "getImportTemplate", summary = "The import template as XLSX or CSV, by Accept",
            description = "XLSX: the first sheet has the Vietnamese headers, an example household of two members and drop-down lists on "
                    + "every coded column; the sheet \"Columns (English)\" describes each column with its allowed values. CSV: the same "
                    + "headers and example, UTF-8 with BOM. Headers may also be written in English (the field names of the create body).")
    @APIResponse(responseCode = "200", description = "The template, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"mau-nhap-ho.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response template(@Context HttpHeaders headers) {
        DocumentFormat format = DocumentFormat.negotiate(headers.getAcceptableMediaTypes(), List.of(DocumentFormat.XLSX, DocumentFormat.CSV));
        StreamingOutput body = format == DocumentFormat.XLSX ? template::xlsx : template::csv;
        return Response.ok(body, format.mediaType).header("Content-Disposition", format.attachment("mau-nhap-ho")).build();
    }

    @POST
    @Blocking
    @Consumes({NDJSON, DocumentFormat.Types.CSV, DocumentFormat.Types.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "createImport", summary = "Upload a file of households and queue its import",
            description = "The body is the file itself, streamed (no size bound by memory; up to 4 GB): NDJSON (one household create body "
                    + "per line, optionally with \"householdCode\" to update that household), CSV (UTF-8, with or without BOM; one row per "
                    + "member, the household's columns repeated; headers of the template in Vietnamese or English) or the XLSX template. "
                    + "The format follows the Content-Type (application/x-ndjson, text/csv, the XLSX type) or the format parameter. "
                    + "mode DRY_RUN only checks every record (commit it later with POST …/commit); COMMIT checks, then writes. "
                    + "Under ALL_OR_NOTHING a file with any invalid record writes nothing; under VALID_ROWS_ONLY the valid ones are written. "
                    + "matchBy HOUSEHOLD_CODE updates the household named by the record's householdCode; CITIZEN_ID updates the household "
                    + "whose current members hold the record's citizen ids; records that match nothing are registered as new households. "
                    + "The same Idempotency-Key with the same file and settings answers the first job again (Idempotency-Replayed: true); "
                    + "with another file, 422 IDEMPOTENCY_KEY_REUSED. A file whose content (SHA-256) is already committed by a job that was "
                    + "not rolled back is refused with 409 IMPORT_ALREADY_APPLIED. Answers 202 at once; poll Location or follow …/events.")
    @RequestBody(content = {
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "One HouseholdCreate per line, "
                    + "optionally with \"householdCode\", e.g. {\"communeCode\":\"29956\",\"hamletCode\":\"29956-01\",\"address\":\"Số 12\","
                    + "\"members\":[{\"fullName\":\"Nguyễn Văn An\",\"dateOfBirth\":\"1978-04-12\",\"sex\":\"MALE\",\"relationship\":\"HEAD\","
                    + "\"citizenId\":\"087078001234\",\"ethnicity\":\"KINH\",\"disability\":\"NONE\",\"schoolAttendance\":\"NOT_APPLICABLE\","
                    + "\"educationLevel\":\"LOWER_SECONDARY\",\"employment\":\"SELF_EMPLOYED\",\"labourContract\":\"NOT_APPLICABLE\"}]}")),
            @Content(mediaType = DocumentFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Queued (or, with a repeated Idempotency-Key, the job the key made)",
            headers = {@Header(name = "Location", description = "The job, to poll", schema = @Schema(implementation = String.class)),
                    @Header(name = REPLAYED, description = "true when the key was used before", schema = @Schema(implementation = Boolean.class))},
            content = @Content(schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public Response create(InputStream body,
                           @QueryParam("mode") @DefaultValue("DRY_RUN") ImportMode mode,
                           @QueryParam("policy") @DefaultValue("VALID_ROWS_ONLY") ImportPolicy policy,
                           @QueryParam("matchBy") @DefaultValue("NONE") ImportMatch matchBy,
                           @QueryParam("format") @Parameter(description = "Overrides the Content-Type") ImportFormat format,
                           @QueryParam("fileName") @Size(max = 200) @Parameter(description = "The file's name, as the job shows it",
                                   example = "ho-ngheo-2026.csv") String fileName,
                           @HeaderParam("Idempotency-Key") @Parameter(description = "A unique value per file, such as a UUID, reused only to retry the upload")
                           String idempotencyKey,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        ImportFormat f = format != null ? format : formatOf(headers.getMediaType());
        ImportService.Created created = imports.create(body, f, mode, policy, matchBy, fileName, idempotencyKey);
        return Response.accepted(created.job()).location(uri.getAbsolutePathBuilder().path(created.job().id().toString()).build())
                .header(REPLAYED, created.replayed()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static ImportFormat formatOf(MediaType type) {
        if (type != null) {
            String t = type.getType() + "/" + type.getSubtype();
            if (t.equals(NDJSON) || t.equals("application/jsonl")) {
                return ImportFormat.NDJSON;
            }
            if (t.equals(DocumentFormat.Types.CSV)) {
                return ImportFormat.CSV;
            }
            if (t.equals(DocumentFormat.Types.XLSX)) {
                return ImportFormat.XLSX;
            }
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                "Send the file as application/x-ndjson, text/csv or " + DocumentFormat.Types.XLSX + ", or name it with the format parameter");
    }

    @GET
    @Operation(operationId = "listImports", summary = "Imports, newest first",
            description = "Every import for district-wide callers; a commune's own imports otherwise.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportJobPage.class)))
    public ImportJobPage list(@BeanParam @Valid PageQuery page) {
        return imports.list(page);
    }

    @GET
    @Path("/{importId}")
    @Operation(operationId = "getImport", summary = "An import: state and progress",
            description = "recordsRead, recordsValid and recordsInvalid grow while the file is checked, recordsWritten while it is written.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportJobDto.class)))
    public ImportJobDto get(@PathParam("importId") UUID importId) {
        return imports.get(importId);
    }

    @GET
    @Path("/{importId}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(operationId = "followImport", summary = "The import's progress as server-sent events",
            description = "An event with the job every second while it runs; the stream ends after the first event in which the job has "
                    + "nothing more to do (VALIDATED, REJECTED, DONE, CANCELLED, FAILED, ROLLED_BACK); it goes on while the job is "
                    + "ROLLING_BACK.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
            schema = @Schema(implementation = ImportJobDto.class)))
    @Blocking
    public Multi<ImportJobDto> events(@PathParam("importId") UUID importId) {
        ImportJobDto first = imports.get(importId);
        // every job is sent at least once; the stream stops after the first one with nothing more to do
        AtomicBoolean ended = new AtomicBoolean(false);
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(first),
                        Multi.createFrom().ticks().every(Duration.ofSeconds(1))
                                .emitOn(Infrastructure.getDefaultWorkerPool())
                                .map(t -> imports.progress(importId)))
                .select().first(job -> {
                    boolean last = ended.get();
                    ended.set(!job.state().active());
                    return !last;
                });
    }

    @POST
    @Path("/{importId}/commit")
    @Operation(operationId = "commitImport", summary = "Write a checked dry run",
            description = "Queues the writing of a VALIDATED import: its valid records (VALID_ROWS_ONLY) or all of them (ALL_OR_NOTHING, "
                    + "refused with 422 IMPORT_HAS_INVALID_RECORDS when some are invalid). The registry is checked again while writing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    public ImportJobDto commit(@PathParam("importId") UUID importId) {
        return imports.commit(importId);
    }

    @POST
    @Path("/{importId}/cancel")
    @Operation(operationId = "cancelImport", summary = "Stop an import",
            description = "A queued, running or checked import stops after the chunk in progress. What it wrote stays until it is rolled back.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ImportJobDto cancel(@PathParam("importId") UUID importId) {
        return imports.cancel(importId);
    }

    @POST
    @Path("/{importId}/rollback")
    @Operation(operationId = "rollbackImport", summary = "Undo everything an import wrote, in the background",
            description = "Checks at once what can be checked, then queues the undo and answers 202 with the job in ROLLING_BACK; poll "
                    + "Location or follow …/events. A worker undoes the batch in one transaction (all or nothing; up to "
                    + "giamngheo.imports.rollback-timeout, one hour by default, enough for a million households): households the "
                    + "import registered are removed, households it updated get their facts and members back as they were, and their "
                    + "entitlements are recomputed. Each restored household's history records the rollback. A member the import added "
                    + "who has been granted an entitlement meanwhile leaves the household on the day of the rollback instead of being "
                    + "removed, so the entitlement (which partners may have received) ends rather than vanishes. The job then is "
                    + "ROLLED_BACK. When the undo is refused after all (a household changed or used between the request and the undo) "
                    + "or fails, nothing is undone: the job goes back to the state it came from with rollbackProblem saying why, and "
                    + "may be rolled back again once that is settled. A worker that dies during the undo undoes nothing (the database "
                    + "discards its transaction); the job is taken over like any other and undone again.")
    @APIResponse(responseCode = "202", description = "Queued: the job, in ROLLING_BACK",
            headers = @Header(name = "Location", description = "The job, to poll", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "409", description = "Refused at once; nothing was queued or undone. IMPORT_NOT_ROLLBACKABLE: the import "
            + "is not finished, wrote nothing, is being rolled back already or was rolled back. BATCH_CHANGED_SINCE: households of "
            + "the import were changed after it; `householdCodes` lists the first 50 codes and `householdCount` counts them all.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "changedSince", summary = "Households edited after the import",
                            value = "{\"type\": \"/problems/conflict\", \"title\": \"Conflict\", \"status\": 409,"
                                    + " \"detail\": \"2 households of this batch were changed after it wrote them; undoing it would"
                                    + " overwrite those changes. Correct these households by hand instead\","
                                    + " \"instance\": \"/api/v1/imports/3f6c1a52-8d0e-4b7a-9c21-5e4f2d8b7a10/rollback\","
                                    + " \"code\": \"BATCH_CHANGED_SINCE\", \"householdCodes\": [\"29956-000012\", \"29956-000031\"],"
                                    + " \"householdCount\": 2, \"traceId\": \"c5f0c2d9a1b7e4c3\"}")))
    public Response rollback(@PathParam("importId") UUID importId, @Context UriInfo uri) {
        ImportJobDto job = imports.rollback(importId);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path(ImportResource.class).path(importId.toString()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{importId}/problems")
    @Operation(operationId = "listImportProblems", summary = "The problems found in the import's records, in file order",
            description = "Messages in Vietnamese unless Accept-Language asks for English.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportProblemPage.class)))
    public ImportProblemPage problems(@PathParam("importId") UUID importId, @BeanParam @Valid PageQuery page, @Context HttpHeaders headers) {
        return imports.problems(importId, page, english(headers));
    }

    @GET
    @Path("/{importId}/problem-report")
    @Produces({DocumentFormat.Types.CSV, DocumentFormat.Types.XLSX})
    @Operation(operationId = "exportImportProblems", summary = "The problems as a CSV or XLSX file, by Accept",
            description = "One row per problem: line, column, code, message (Vietnamese unless Accept-Language asks for English) and the "
                    + "record's original text.")
    @APIResponse(responseCode = "200", description = "The report, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"loi-nhap-….csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = DocumentFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response problemReport(@PathParam("importId") UUID importId, @Context HttpHeaders headers) {
        DocumentFormat format = DocumentFormat.negotiate(headers.getAcceptableMediaTypes(), List.of(DocumentFormat.CSV, DocumentFormat.XLSX));
        boolean english = english(headers);
        imports.get(importId);
        StreamingOutput body = out -> imports.problemReport(importId, format, english, out);
        return Response.ok(body, format.mediaType).header("Content-Disposition", format.attachment("loi-nhap-" + importId)).build();
    }

    private static boolean english(HttpHeaders headers) {
        return headers.getAcceptableLanguages().stream().findFirst().map(l -> "en".equals(l.getLanguage())).orElse(false)
                && !headers.getAcceptableLanguages().get(0).equals(Locale.forLanguageTag("*"));
    }
}
