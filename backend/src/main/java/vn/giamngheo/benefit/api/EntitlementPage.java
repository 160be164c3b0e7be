package vn.giamngheo.benefit.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "EntitlementPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record EntitlementPage(List<EntitlementSummary> items, int page, int size, long totalItems, int totalPages) {
    public static EntitlementPage of(List<EntitlementSummary> items, PageQuery q, long total) {
        return new EntitlementPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
