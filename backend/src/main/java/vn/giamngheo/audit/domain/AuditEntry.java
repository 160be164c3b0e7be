package vn.giamngheo.audit.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a feature tells the audit log; the log adds who, when and the trace id. */
public record AuditEntry(AuditKind kind, String action, String entityType, String entityId, UUID householdId,
                         String communeCode, String purpose, List<Change> changes, Map<String, Object> context) {

    public static AuditEntry write(String action, String entityType, Object entityId, UUID householdId, String communeCode,
                                   List<Change> changes) {
        return new AuditEntry(AuditKind.WRITE, action, entityType, String.valueOf(entityId), householdId, communeCode,
                null, changes, Map.of());
    }

    public static AuditEntry read(String action, String entityType, Object entityId, UUID householdId, String communeCode,
                                  String purpose) {
        return new AuditEntry(AuditKind.READ, action, entityType, entityId == null ? null : String.valueOf(entityId),
                householdId, communeCode, purpose, List.of(), Map.of());
    }

    /** A partner's call: what it pulled or posted, counted in the context; never the identity or card numbers it carried. */
    public static AuditEntry partner(String action, String entityType, String purpose) {
        return new AuditEntry(AuditKind.PARTNER, action, entityType, null, null, null, purpose, List.of(), Map.of());
    }

    public AuditEntry withContext(Map<String, Object> context) {
        return new AuditEntry(kind, action, entityType, entityId, householdId, communeCode, purpose, changes, context);
    }
}
