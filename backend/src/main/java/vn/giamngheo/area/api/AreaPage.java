package vn.giamngheo.area.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "AreaPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record AreaPage(List<AreaDto> items, int page, int size, long totalItems, int totalPages) {
    public static AreaPage of(List<AreaDto> items, PageQuery q, long total) {
        return new AreaPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
