package vn.giamngheo.transfer.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "ImportProblemPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record ImportProblemPage(List<ImportProblemDto> items, int page, int size, long totalItems, int totalPages) {
    public static ImportProblemPage of(List<ImportProblemDto> items, PageQuery q, long total) {
        return new ImportProblemPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
