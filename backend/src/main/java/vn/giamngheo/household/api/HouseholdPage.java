package vn.giamngheo.household.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "HouseholdPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record HouseholdPage(List<HouseholdSummary> items, int page, int size, long totalItems, int totalPages) {
    public static HouseholdPage of(List<HouseholdSummary> items, PageQuery q, long total) {
        return new HouseholdPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
