package vn.giamngheo.review.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "ReviewCasePage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record ReviewCasePage(List<ReviewCaseSummary> items, int page, int size, long totalItems, int totalPages) {
    public static ReviewCasePage of(List<ReviewCaseSummary> items, PageQuery q, long total) {
        return new ReviewCasePage(items, q.page, q.size, total, q.totalPages(total));
    }
}
