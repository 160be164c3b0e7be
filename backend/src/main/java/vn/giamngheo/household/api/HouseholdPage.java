package vn.giamngheo.household.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.BoundedTotal;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "HouseholdPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages", "totalItemsExact"})
public record HouseholdPage(List<HouseholdSummary> items, int page, int size, long totalItems, int totalPages,
                            @Schema(description = "False when more than 1,000 households match: totalItems is then a lower bound "
                                    + "(show \"1,000+\" and suggest a narrower search)") boolean totalItemsExact) {
    public static HouseholdPage of(List<HouseholdSummary> items, PageQuery q, BoundedTotal total) {
        return new HouseholdPage(items, q.page, q.size, total.total(), q.totalPages(total.total()), total.exact());
    }
}
