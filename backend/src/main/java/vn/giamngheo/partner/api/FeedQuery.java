package vn.giamngheo.partner.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Keyset paging of the partner feeds: the cursor of the last page and how many items to read. */
public class FeedQuery {
    @QueryParam("after")
    @Size(max = 64)
    @Parameter(description = "Opaque cursor: the nextCursor of the previous page. Leave it out to start from the beginning.",
            example = "1042")
    public String after;

    @QueryParam("limit")
    @DefaultValue("500")
    @Min(1)
    @Max(1000)
    @Parameter(description = "Items per page, 1 to 1000")
    public int limit;
}
