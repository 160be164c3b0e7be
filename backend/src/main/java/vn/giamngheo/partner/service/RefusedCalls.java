package vn.giamngheo.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.service.AuditService;

/** Partner calls the service refused (401, 403, 429) are audited too: who knocked, where, and why it was turned away. */
@ApplicationScoped
public class RefusedCalls {
    private final AuditService audit;

    RefusedCalls(AuditService audit) {
        this.audit = audit;
    }

    /**
     * What is known of a refused call; never its body.
     *
     * @param actor         the token's user (a partner's service account) when the token was accepted, else "anonymous"
     * @param client        the token's client when the token was accepted
     * @param claimedClient the client a refused token names, unverified: a lead for whoever reads the log, nothing more
     */
    public record Refusal(String actor, String client, String claimedClient, String method, String path, int status, String code,
                          String traceId) {
    }

    /** In a transaction of its own, outside the request's context: the refused call started none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Refusal r) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("client", r.client());
        context.put("claimedClient", r.claimedClient());
        context.put("method", r.method());
        context.put("path", r.path());
        context.put("status", r.status());
        context.put("code", r.code());
        context.values().removeIf(Objects::isNull);
        audit.record(AuditEntry.partner("PARTNER_CALL_REFUSED", "PARTNER_API", "refused partner call").withContext(context), r.actor(),
                r.traceId());
    }
}
