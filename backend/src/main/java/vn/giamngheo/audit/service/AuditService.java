package vn.giamngheo.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.AuditKind;
import vn.giamngheo.audit.persistence.AuditEvent;
import vn.giamngheo.audit.persistence.AuditRepository;
import vn.giamngheo.audit.mapping.AuditMapper;
import vn.giamngheo.audit.api.AuditEventPage;
import vn.giamngheo.audit.api.AuditQuery;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.paging.BoundedTotal;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.common.web.RequestTrace;

/** The append-only audit log: every read of personal data and every change is recorded here. */
@ApplicationScoped
public class AuditService {
    private final AuditRepository events;
    private final CallerScope caller;
    private final RequestTrace trace;

    AuditService(AuditRepository events, CallerScope caller, RequestTrace trace) {
        this.events = events;
        this.caller = caller;
        this.trace = trace;
    }

    /** Joins the caller's transaction, so an audited change and its audit event commit or fail together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry) {
        recordAs(caller.username(), trace.id(), entry);
    }

    /**
     * For work that runs outside a request (background jobs): the actor is the person or client who started the job,
     * the trace id the job's. Joins the caller's transaction like {@link #record}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String traceId, AuditEntry entry) {
        AuditEvent e = new AuditEvent();
        e.occurredAt = Instant.now();
        e.actor = actor;
        e.kind = entry.kind();
        e.action = entry.action();
        e.entityType = entry.entityType();
        e.entityId = entry.entityId();
        e.householdId = entry.householdId();
        e.communeCode = entry.communeCode();
        e.purpose = entry.purpose();
        e.traceId = traceId;
        Map<String, Object> details = new LinkedHashMap<>(entry.context());
        if (!entry.changes().isEmpty()) {
            details.put("changes", entry.changes());
        }
        e.details = details.isEmpty() ? null : details;
        events.persist(e);
    }

    @Transactional
    public AuditEventPage search(AuditQuery q, PageQuery page) {
        if (q.from != null && q.to != null && !q.from.isBefore(q.to)) {
            throw ProblemException.rule("INVALID_PERIOD", "'from' must be before 'to'");
        }
        AreaFilter area = caller.areaFilter(q.communeCode);
        if (area.isEmpty()) {
            return AuditEventPage.of(java.util.List.of(), page, BoundedTotal.NONE);
        }
        var result = events.search(new AuditRepository.Criteria(q.actor, q.action, q.kind, q.entityType, q.entityId,
                q.householdId, q.from, q.to, area), page);
        return AuditEventPage.of(result.items().stream().map(AuditMapper::toDto).toList(), page, result.total());
    }

    /** The changes made to one household, newest first. */
    @Transactional
    public AuditEventPage householdHistory(UUID householdId, PageQuery page) {
        var result = events.search(new AuditRepository.Criteria(null, null, AuditKind.WRITE, null, null, householdId,
                null, null, AreaFilter.ALL), page);
        return AuditEventPage.of(result.items().stream().map(AuditMapper::toDto).toList(), page, result.total());
    }
}
