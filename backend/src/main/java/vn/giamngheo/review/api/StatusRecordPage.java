package vn.giamngheo.review.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "StatusRecordPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record StatusRecordPage(List<StatusRecordDto> items, int page, int size, long totalItems, int totalPages) {
    public static StatusRecordPage of(List<StatusRecordDto> items, PageQuery q, long total) {
        return new StatusRecordPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
