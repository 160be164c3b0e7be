package vn.giamngheo.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.audit.domain.AuditKind;

@Schema(name = "AuditEvent", requiredProperties = {"id", "occurredAt", "actor", "kind", "action", "entityType", "changes", "context"}, description = "One entry of the append-only audit log.")
public record AuditEventDto(
        @Schema(examples = "1042") long id,
        Instant occurredAt,
        @Schema(description = "Username or client that acted", examples = "xa.thuongphuoc1") String actor,
        AuditKind kind,
        @Schema(examples = "HOUSEHOLD_UPDATED") String action,
        @Schema(examples = "HOUSEHOLD") String entityType,
        String entityId,
        UUID householdId,
        @Schema(examples = "29956") String communeCode,
        String purpose,
        String traceId,
        @Schema(description = "Changed fields; identity numbers are masked") List<ChangeDto> changes,
        @Schema(description = "Further facts of the event, such as search filters") Map<String, Object> context) {

    @Schema(name = "Change", requiredProperties = {"field", "masked"}, description = "One changed field")
    public record ChangeDto(@Schema(examples = "address") String field, Object from, Object to,
                            @Schema(description = "True when the value is an identity number and is not repeated") boolean masked) {
    }
}
