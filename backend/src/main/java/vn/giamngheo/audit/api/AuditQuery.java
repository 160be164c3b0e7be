package vn.giamngheo.audit.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.giamngheo.audit.domain.AuditKind;

public class AuditQuery {
    @QueryParam("actor") @Size(max = 100) @Parameter(description = "Exact username or client id")
    public String actor;
    @QueryParam("action") @Size(max = 40) @Parameter(description = "Exact action, e.g. HOUSEHOLD_UPDATED")
    public String action;
    @QueryParam("kind") @Parameter(description = "READ, WRITE, EXPORT or PARTNER")
    public AuditKind kind;
    @QueryParam("entityType") @Size(max = 40)
    public String entityType;
    @QueryParam("entityId") @Size(max = 64)
    public String entityId;
    @QueryParam("householdId")
    public UUID householdId;
    @QueryParam("communeCode") @Pattern(regexp = "\\d{5}")
    public String communeCode;
    @QueryParam("from") @Parameter(description = "Inclusive lower bound, ISO-8601 instant", example = "2026-01-01T00:00:00Z")
    public Instant from;
    @QueryParam("to") @Parameter(description = "Exclusive upper bound, ISO-8601 instant")
    public Instant to;
}
