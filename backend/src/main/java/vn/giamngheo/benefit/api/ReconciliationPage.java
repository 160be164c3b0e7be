package vn.giamngheo.benefit.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "ReconciliationPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record ReconciliationPage(List<ReconciliationItem> items, int page, int size, long totalItems, int totalPages) {
    public static ReconciliationPage of(List<ReconciliationItem> items, PageQuery q, long total) {
        return new ReconciliationPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
