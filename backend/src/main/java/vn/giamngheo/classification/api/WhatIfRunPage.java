package vn.giamngheo.classification.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "WhatIfRunPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record WhatIfRunPage(List<WhatIfRunSummary> items, int page, int size, long totalItems, int totalPages) {
    public static WhatIfRunPage of(List<WhatIfRunSummary> items, PageQuery q, long total) {
        return new WhatIfRunPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
