package vn.giamngheo.benefit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.benefit.api.ReconciliationItem;
import vn.giamngheo.benefit.api.ReconciliationPage;
import vn.giamngheo.benefit.api.ReconciliationQuery;
import vn.giamngheo.benefit.service.BenefitDocuments;
import vn.giamngheo.benefit.service.ReconciliationService;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.Permissions;

@Path("/api/v1/reconciliation")
@Tag(name = "Benefits")
@RolesAllowed(Permissions.BENEFIT_READ)
public class ReconciliationResource {
    private static final List<DocumentFormat> DOCUMENTS = List.of(DocumentFormat.XLSX, DocumentFormat.CSV);

    private final ReconciliationService reconciliation;

    ReconciliationResource(ReconciliationService reconciliation) {
        this.reconciliation = reconciliation;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, DocumentFormat.Types.XLSX, DocumentFormat.Types.CSV})
    @Operation(operationId = "listReconciliationFindings", summary = "The entitlements behind the board's gaps",
            description = "UNFULFILLED: entitled today and counted for coverage but not fulfilled (no card valid today; a loan or course "
                    + "asked for and not yet given). NO_LONGER_ENTITLED: ended by the rules while the card is still valid or the loan not "
                    + "repaid, and no other entitlement of the program covers the person or household — a card or loan on a household "
                    + "that left the lists. Commune staff see only their commune; reads are audited. "
                    + "`Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `text/csv` downloads every matching "
                    + "row (not one page) with Vietnamese headers, audited as an export.")
    @APIResponse(responseCode = "200", description = "A page of findings, or all of them as a document",
            headers = @Header(name = "Content-Disposition", description = "With a document: attachment; filename=\"doi-soat-health-insurance-29956.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReconciliationPage.class)),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(@BeanParam @Valid ReconciliationQuery query, @BeanParam @Valid PageQuery page, @Context HttpHeaders headers) {
        DocumentFormat format = Documents.choose(headers.getAcceptableMediaTypes(), DOCUMENTS);
        if (format == null) {
            return Response.ok(reconciliation.list(query, page), MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<ReconciliationItem> items = reconciliation.export(query);
        StreamingOutput body = format == DocumentFormat.XLSX ? out -> BenefitDocuments.findingsXlsx(items, out)
                : out -> BenefitDocuments.findingsCsv(items, out);
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", format.attachment(BenefitDocuments.findingsName(query.programCode, query.communeCode))).build();
    }
}
