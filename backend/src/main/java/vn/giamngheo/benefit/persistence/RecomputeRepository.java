package vn.giamngheo.benefit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.giamngheo.benefit.domain.RecomputeState;
import vn.giamngheo.benefit.domain.RecomputeTrigger;
import vn.giamngheo.common.job.JobTable;

/** Recompute jobs (entitlement_recompute) on the shared job mechanism, and the households they walk through. */
@ApplicationScoped
public class RecomputeRepository {
    private static final JobTable JOBS = new JobTable("entitlement_recompute");
    private static final String COLUMNS = "id, state, trigger, sweep_day, reference_date, requested_by, requested_at, started_at,"
            + " finished_at, households_total, households_processed, entitlements_created, entitlements_changed, entitlements_ended,"
            + " cursor_household_id, error, extract(epoch from (coalesce(finished_at, now()) - started_at))";

    private final EntityManager em;

    RecomputeRepository(EntityManager em) {
        this.em = em;
    }

    public record Job(UUID id, RecomputeState state, RecomputeTrigger trigger, LocalDate sweepDay, LocalDate referenceDate, String requestedBy,
                      Instant requestedAt, Instant startedAt, Instant finishedAt, Integer householdsTotal, int householdsProcessed, int created,
                      int changed, int ended, UUID cursor, String error, Double elapsedSeconds) {
    }

    public void insert(UUID id, LocalDate referenceDate, String requestedBy, Instant at) {
        em.createNativeQuery("insert into entitlement_recompute (id, trigger, reference_date, state, requested_at, requested_by)"
                        + " values (:id, 'REQUESTED', :date, 'QUEUED', :at, :by)")
                .setParameter("id", id).setParameter("date", referenceDate).setParameter("at", Timestamp.from(at)).setParameter("by", requestedBy)
                .executeUpdate();
    }

    /** The day's sweep, unless one is already there (another replica's, or an earlier firing): the unique key decides. */
    public boolean insertSweep(UUID id, LocalDate day, String requestedBy, Instant at) {
        return em.createNativeQuery("insert into entitlement_recompute (id, trigger, sweep_day, reference_date, state, requested_at,"
                        + " requested_by) values (:id, 'NIGHTLY', :day, :day, 'QUEUED', :at, :by) on conflict (sweep_day) do nothing")
                .setParameter("id", id).setParameter("day", day).setParameter("at", Timestamp.from(at)).setParameter("by", requestedBy)
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    public Optional<Job> find(UUID id) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from entitlement_recompute where id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(RecomputeRepository::job);
    }

    // ---- the job

    public Optional<UUID> claimNext(String worker, Duration staleAfter, int maxAttempts) {
        return JOBS.claimNext(em, worker, staleAfter, maxAttempts);
    }

    public int failAbandoned(Duration staleAfter, int maxAttempts) {
        return JOBS.failAbandoned(em, staleAfter, maxAttempts);
    }

    public void setTotal(UUID id, long households) {
        JOBS.setTotal(em, id, households);
    }

    public void commitWithoutWaitingForDisk() {
        JobTable.commitWithoutWaitingForDisk(em);
    }

    /** The cursor past a chunk and the chunk's counts; false when this worker no longer holds the job. */
    public boolean advance(UUID id, String worker, UUID cursor, int households, int created, int changed, int ended) {
        if (!JOBS.advance(em, id, worker, cursor, households)) {
            return false;
        }
        em.createNativeQuery("update entitlement_recompute set entitlements_created = entitlements_created + :created,"
                        + " entitlements_changed = entitlements_changed + :changed, entitlements_ended = entitlements_ended + :ended"
                        + " where id = :id")
                .setParameter("created", created).setParameter("changed", changed).setParameter("ended", ended).setParameter("id", id)
                .executeUpdate();
        return true;
    }

    public boolean finish(UUID id, String worker) {
        return JOBS.finish(em, id, worker);
    }

    public void fail(UUID id, String worker, String error) {
        JOBS.fail(em, id, worker, error);
    }

    public void release(UUID id, String worker) {
        JOBS.release(em, id, worker);
    }

    // ---- the households

    public long countHouseholds() {
        return ((Number) em.createNativeQuery("select count(*) from household").getSingleResult()).longValue();
    }

    /**
     * The next households in key order after the cursor (null: from the start), archived ones too: their live
     * entitlements end. An index-only scan of the primary key.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> householdsAfter(UUID cursor, int limit) {
        return em.createNativeQuery("select id from household where id > coalesce(cast(:cursor as uuid),"
                        + " '00000000-0000-0000-0000-000000000000') order by id limit :limit", UUID.class)
                .setParameter("cursor", cursor).setParameter("limit", limit).getResultList();
    }

    // ---- helpers

    private static Job job(Object[] r) {
        return new Job((UUID) r[0], RecomputeState.valueOf((String) r[1]), RecomputeTrigger.valueOf((String) r[2]), date(r[3]), date(r[4]),
                (String) r[5], instant(r[6]), instant(r[7]), instant(r[8]), r[9] == null ? null : ((Number) r[9]).intValue(),
                ((Number) r[10]).intValue(), ((Number) r[11]).intValue(), ((Number) r[12]).intValue(), ((Number) r[13]).intValue(),
                (UUID) r[14], (String) r[15], r[16] == null ? null : Math.round(((Number) r[16]).doubleValue() * 10) / 10.0);
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return ((Timestamp) o).toInstant();
    }
}
