package vn.giamngheo.audit.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.common.paging.PageQuery;

@Schema(name = "AuditEventPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record AuditEventPage(List<AuditEventDto> items, int page, int size, long totalItems, int totalPages) {
    public static AuditEventPage of(List<AuditEventDto> items, PageQuery q, long total) {
        return new AuditEventPage(items, q.page, q.size, total, q.totalPages(total));
    }
}
