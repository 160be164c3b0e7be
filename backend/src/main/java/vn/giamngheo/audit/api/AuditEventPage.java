package vn.giamngheo.audit.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.BoundedTotal;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "AuditEventPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages", "totalItemsExact"})
public record AuditEventPage(List<AuditEventDto> items, int page, int size, long totalItems, int totalPages,
                             @Schema(description = "False when more than 1,000 events match: totalItems is then a lower bound "
                                     + "(show \"1,000+\" and suggest a narrower search)") boolean totalItemsExact) {
    public static AuditEventPage of(List<AuditEventDto> items, PageQuery q, BoundedTotal total) {
        return new AuditEventPage(items, q.page, q.size, total.total(), q.totalPages(total.total()), total.exact());
    }
}
