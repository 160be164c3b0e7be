package vn.giamngheo.partner.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.benefit.service.EntitlementService;
import vn.giamngheo.partner.api.BatchResult;
import vn.giamngheo.partner.api.ItemOutcome;
import vn.giamngheo.partner.domain.Outcome;

/** What the partners' batches share: the outcomes a partner reads and the audit of the call. */
final class Batches {
    private Batches() {
    }

    static BatchResult result(List<EntitlementService.PartnerStep> steps, List<Optional<EntitlementService.Rejection>> answers) {
        List<ItemOutcome> items = new ArrayList<>();
        int applied = 0;
        for (int i = 0; i < steps.size(); i++) {
            Optional<EntitlementService.Rejection> r = answers.get(i);
            if (r.isEmpty()) {
                applied++;
            }
            items.add(new ItemOutcome(i, steps.get(i).entitlementId(), r.isEmpty() ? Outcome.APPLIED : Outcome.REJECTED,
                    r.map(EntitlementService.Rejection::code).orElse(null), r.map(EntitlementService.Rejection::detail).orElse(null)));
        }
        return new BatchResult(applied, steps.size() - applied, items);
    }

    /** Counts only: the items' card numbers and amounts stay in the entitlements' history. Null result: a replay. */
    static AuditEntry audit(String action, String client, String idempotencyKey, int items, BatchResult result) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("client", client);
        context.put("idempotencyKey", idempotencyKey);
        context.put("items", items);
        context.put("replayed", result == null);
        context.put("applied", result == null ? 0 : result.applied());
        context.put("rejected", result == null ? 0 : result.rejected());
        return AuditEntry.partner(action, "ENTITLEMENT", "partner batch").withContext(context);
    }
}
