package vn.giamngheo.benefit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.benefit.api.EntitlementRecomputeDto;
import vn.giamngheo.benefit.persistence.RecomputeRepository;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.id.Ids;
import vn.giamngheo.common.security.CallerScope;

/**
 * Recompute jobs as the district sees them: request one, follow it; and the nightly sweep's one job per day. The
 * work is done by {@link RecomputeWorker}.
 */
@ApplicationScoped
public class RecomputeService {
    /** The requester the nightly sweep's jobs name (entitlements' created_by/updated_by, the audit's actor). */
    public static final String SWEEP_ACTOR = "nightly-sweep";
    private static final String JOB = "ENTITLEMENT_RECOMPUTE";

    private final RecomputeRepository jobs;
    private final BenefitCalendar calendar;
    private final AuditService audit;
    private final CallerScope caller;
    private final Event<RecomputeQueued> queued;

    RecomputeService(RecomputeRepository jobs, BenefitCalendar calendar, AuditService audit, CallerScope caller, Event<RecomputeQueued> queued) {
        this.jobs = jobs;
        this.calendar = calendar;
        this.audit = audit;
        this.caller = caller;
        this.queued = queued;
    }

    /** Queues a recompute of every household as of today (in Vietnam). */
    @Transactional
    public EntitlementRecomputeDto request() {
        UUID id = Ids.next();
        LocalDate today = calendar.today();
        jobs.insert(id, today, caller.username(), Instant.now());
        audit.record(AuditEntry.write("ENTITLEMENT_RECOMPUTE_REQUESTED", JOB, id, null, null, List.of())
                .withContext(Map.of("referenceDate", today.toString())));
        queued.fire(new RecomputeQueued(id));
        return get(id);
    }

    @Transactional
    public EntitlementRecomputeDto get(UUID id) {
        return jobs.find(id).map(RecomputeService::dto)
                .orElseThrow(() -> ProblemException.notFound("RECOMPUTE_NOT_FOUND", "No entitlement recompute " + id));
    }

    /**
     * The sweep of {@code day}: a job judged on that day, unless the day has one already (the unique key on
     * sweep_day keeps a second replica, or a second firing, from queuing another). Returns the new job's id.
     */
    @Transactional
    public Optional<UUID> sweep(LocalDate day) {
        UUID id = Ids.next();
        if (!jobs.insertSweep(id, day, SWEEP_ACTOR, Instant.now())) {
            return Optional.empty();
        }
        audit.record(AuditEntry.write("ENTITLEMENT_RECOMPUTE_REQUESTED", JOB, id, null, null, List.of())
                .withContext(Map.of("referenceDate", day.toString(), "sweepDay", day.toString())), SWEEP_ACTOR);
        queued.fire(new RecomputeQueued(id));
        return Optional.of(id);
    }

    private static EntitlementRecomputeDto dto(RecomputeRepository.Job j) {
        return new EntitlementRecomputeDto(j.id(), j.state(), j.trigger(), j.sweepDay(), j.referenceDate(), j.requestedBy(), j.requestedAt(),
                j.startedAt(), j.finishedAt(), j.startedAt() == null ? null : j.elapsedSeconds(), j.householdsTotal(), j.householdsProcessed(),
                j.created(), j.changed(), j.ended(), j.error());
    }
}
