package vn.giamngheo.classification.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "WhatIfChangePage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record WhatIfChangePage(List<WhatIfChangeDto> items, int page, int size, long totalItems, int totalPages) {
    public static WhatIfChangePage of(List<WhatIfChangeDto> items, PageQuery q, long total) {
        return new WhatIfChangePage(items, q.page, q.size, total, q.totalPages(total));
    }
}
