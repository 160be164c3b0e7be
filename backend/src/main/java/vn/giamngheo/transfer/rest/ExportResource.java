package vn.giamngheo.transfer.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.transfer.domain.ExportKind;
import vn.giamngheo.transfer.service.ExportService;

/** Exports of the registry for data staff: streamed files of the caller's area, every one audited. */
@Path("/api/v1/exports")
@Tag(name = "Imports")
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class ExportResource {
    private final ExportService exports;

    ExportResource(ExportService exports) {
        this.exports = exports;
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
    public Response export(@PathParam("kind") @Parameter(description = "households or members") ExportKindParam kind,
                           @QueryParam("communeCode") @Size(max = 16) @Parameter(example = "29956") String communeCode,
                           @Context HttpHeaders headers) {
        AreaFilter area = exports.area(communeCode);
        ExportService.Format format = headers.getAcceptableMediaTypes().stream().findFirst()
                .filter(m -> m.isCompatible(MediaType.valueOf(ImportResource.NDJSON)) && !m.isWildcardType())
                .map(m -> ExportService.Format.NDJSON)
                .orElseGet(() -> DocumentFormat.negotiate(headers.getAcceptableMediaTypes(), List.of(DocumentFormat.CSV, DocumentFormat.XLSX))
                        == DocumentFormat.XLSX ? ExportService.Format.XLSX : ExportService.Format.CSV);
        StreamingOutput body = out -> exports.export(kind.kind, area, format, out);
        String name = kind.name().toLowerCase(Locale.ROOT) + "-" + (area.all() ? "all" : area.communeCode());
        String type = switch (format) {
            case CSV -> DocumentFormat.CSV.mediaType.toString();
            case XLSX -> DocumentFormat.Types.XLSX;
            case NDJSON -> ImportResource.NDJSON;
        };
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9-]", "") + "."
                + format.name().toLowerCase(Locale.ROOT) + "\"").build();
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
