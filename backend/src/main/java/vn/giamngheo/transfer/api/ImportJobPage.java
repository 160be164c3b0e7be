package vn.giamngheo.transfer.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "ImportJobPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record ImportJobPage(List<ImportJobDto> items, int page, int size, long totalItems, int totalPages) {
    public static ImportJobPage of(List<ImportJobDto> items, PageQuery q, long total) {
        return new ImportJobPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
