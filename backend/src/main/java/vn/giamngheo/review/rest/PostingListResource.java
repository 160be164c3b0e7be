package vn.giamngheo.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
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
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.review.domain.PostingList;
import vn.giamngheo.review.service.PostingListService;
import vn.giamngheo.review.service.ReviewDocuments;

/** The list a commune posts on its notice boards after the community meetings (niêm yết công khai). */
@Path("/api/v1/commune-reviews/{communeReviewId}/posting-list")
@Tag(name = "Annual review")
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class PostingListResource {
    private static final List<DocumentFormat> FORMATS = List.of(DocumentFormat.PDF, DocumentFormat.XLSX);

    private final PostingListService postings;

    PostingListResource(PostingListService postings) {
        this.postings = postings;
    }

    @GET
    @Produces({DocumentFormat.Types.PDF, DocumentFormat.Types.XLSX})
    @Operation(operationId = "exportPostingList", summary = "The commune's public posting list as PDF or XLSX, by Accept",
            description = "The households whose result a community meeting agreed (also while disputed, with the posted result, and once "
                    + "decided) and that are proposed for the poor or near-poor list or for leaving one, grouped by hamlet: head's name, "
                    + "household code, status at the start, proposed status. No identity numbers, incomes, scores or deprivations. "
                    + "`Accept: application/pdf` (the default) gives an A4 notice with the posting window and page numbers; "
                    + "`Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` a spreadsheet; anything else 406. "
                    + "Each download is recorded in the audit log as an export.")
    @APIResponse(responseCode = "200", description = "The list, as an attachment",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"niem-yet-29956-2024-02.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = DocumentFormat.Types.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response postingList(@PathParam("communeReviewId") UUID communeReviewId,
                                @QueryParam("hamletCode") @Size(max = 16)
                                @Parameter(description = "Only this hamlet of the commune", example = "29956-01") String hamletCode,
                                @Context HttpHeaders headers) {
        DocumentFormat format = DocumentFormat.negotiate(headers.getAcceptableMediaTypes(), FORMATS);
        PostingList list = postings.postingList(communeReviewId, hamletCode, format);
        StreamingOutput body = format == DocumentFormat.PDF ? out -> ReviewDocuments.postingListPdf(list, out)
                : out -> ReviewDocuments.postingListXlsx(list, out);
        // a Response, not a RestResponse: with several @Produces types Quarkus REST picks the writer of a RestResponse by
        // its wrapper class and writes the StreamingOutput with toString()
        return Response.ok(body, format.mediaType)
                .header("Content-Disposition", format.attachment(ReviewDocuments.postingListName(list))).build();
    }
}
