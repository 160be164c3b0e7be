package vn.giamngheo.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** page/size of every paginated collection; out-of-range values are rejected, never clamped. */
public class PageQuery {
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "0-based page number")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "Items per page, 1 to 100")
    public int size;

    public PageQuery() {
    }

    public PageQuery(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public long offset() {
        return (long) page * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
