package vn.giamngheo.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.audit.api.AuditEventPage;
import vn.giamngheo.audit.api.AuditQuery;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.Permissions;

@Path("/api/v1/audit-events")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.AUDIT_READ)
public class AuditResource {
    private final AuditService audit;

    AuditResource(AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Search the audit log",
            description = "Reads and changes of personal data, newest first. For district officers and auditors.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    public AuditEventPage list(@BeanParam @Valid AuditQuery query, @BeanParam @Valid PageQuery page) {
        return audit.search(query, page);
    }
}
