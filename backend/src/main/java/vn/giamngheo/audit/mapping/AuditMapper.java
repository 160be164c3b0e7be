package vn.giamngheo.audit.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.audit.api.AuditEventDto;
import vn.giamngheo.audit.api.AuditEventDto.ChangeDto;
import vn.giamngheo.audit.persistence.AuditEvent;

/** Hand-written: the stored details are free-form JSON, which a generated mapper cannot split. */
public final class AuditMapper {
    private AuditMapper() {
    }

    @SuppressWarnings("unchecked")
    public static AuditEventDto toDto(AuditEvent e) {
        Map<String, Object> details = e.details == null ? new LinkedHashMap<>() : new LinkedHashMap<>(e.details);
        Object raw = details.remove("changes");
        List<ChangeDto> changes = raw instanceof List<?> list ? list.stream()
                .map(o -> (Map<String, Object>) o)
                .map(m -> new ChangeDto((String) m.get("field"), m.get("from"), m.get("to"), Boolean.TRUE.equals(m.get("masked"))))
                .toList() : List.of();
        return new AuditEventDto(e.id, e.occurredAt, e.actor, e.kind, e.action, e.entityType, e.entityId, e.householdId,
                e.communeCode, e.purpose, e.traceId, changes, details);
    }
}
