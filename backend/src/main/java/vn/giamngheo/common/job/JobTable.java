package vn.giamngheo.common.job;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The statements of a job table: a job is a row that workers claim with {@code FOR UPDATE SKIP LOCKED}, keep
 * alive with a heartbeat, and move forward chunk by chunk with a cursor committed in the chunk's transaction, so a
 * job taken over after a restart continues after the last chunk committed. The table has the columns {@code id,
 * state (QUEUED, RUNNING, DONE, FAILED), households_total, households_processed, cursor_household_id, worker,
 * heartbeat_at, attempts, error, requested_at, started_at, finished_at, version}. Every method runs in the caller's
 * transaction.
 */
public final class JobTable {
    private final String table;

    /** {@code table} is a constant of the calling repository, never input. */
    public JobTable(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.table = table;
    }

    /**
     * Claims the oldest queued job, or a running one whose worker stopped reporting (a restart), unless it has
     * been tried {@code maxAttempts} times already. Other workers skip the row while it is being claimed.
     */
    @SuppressWarnings("unchecked")
    public Optional<UUID> claimNext(EntityManager em, String worker, Duration staleAfter, int maxAttempts) {
        List<UUID> ids = em.createNativeQuery("update " + table + " j set state = 'RUNNING', worker = :worker, heartbeat_at = now(),"
                        + " attempts = j.attempts + 1, started_at = coalesce(j.started_at, now()), version = j.version + 1"
                        + " where j.id = (select id from " + table + " where (state = 'QUEUED' or (state = 'RUNNING'"
                        + " and heartbeat_at < now() - :stale * interval '1 millisecond')) and attempts < :max"
                        + " order by requested_at, id limit 1 for update skip locked) returning j.id", UUID.class)
                .setParameter("worker", worker).setParameter("stale", staleAfter.toMillis()).setParameter("max", maxAttempts)
                .getResultList();
        return ids.stream().findFirst();
    }

    /** Running jobs that stopped reporting and have used up their attempts fail; returns how many. */
    public int failAbandoned(EntityManager em, Duration staleAfter, int maxAttempts) {
        return em.createNativeQuery("update " + table + " set state = 'FAILED', finished_at = now(), version = version + 1,"
                        + " error = 'the worker stopped reporting ' || attempts || ' times; request it again'"
                        + " where state = 'RUNNING' and heartbeat_at < now() - :stale * interval '1 millisecond' and attempts >= :max")
                .setParameter("stale", staleAfter.toMillis()).setParameter("max", maxAttempts).executeUpdate();
    }

    /** The denominator of the progress, set once on the first claim. */
    public void setTotal(EntityManager em, UUID id, long households) {
        em.createNativeQuery("update " + table + " set households_total = :total where id = :id and households_total is null")
                .setParameter("total", households).setParameter("id", id).executeUpdate();
    }

    /**
     * Moves the cursor past a chunk and renews the heartbeat, first in the chunk's transaction so that the row lock
     * keeps a concurrent claim out; false when this worker no longer holds the job.
     */
    public boolean advance(EntityManager em, UUID id, String worker, UUID cursor, int households) {
        return em.createNativeQuery("update " + table + " set cursor_household_id = :cursor,"
                        + " households_processed = households_processed + :n, heartbeat_at = now(), version = version + 1"
                        + " where id = :id and worker = :worker and state = 'RUNNING'")
                .setParameter("cursor", cursor).setParameter("n", households).setParameter("id", id).setParameter("worker", worker)
                .executeUpdate() == 1;
    }

    public boolean finish(EntityManager em, UUID id, String worker) {
        return em.createNativeQuery("update " + table + " set state = 'DONE', finished_at = now(), heartbeat_at = now(),"
                        + " version = version + 1 where id = :id and worker = :worker and state = 'RUNNING'")
                .setParameter("id", id).setParameter("worker", worker).executeUpdate() == 1;
    }

    public void fail(EntityManager em, UUID id, String worker, String error) {
        em.createNativeQuery("update " + table + " set state = 'FAILED', finished_at = now(), error = :error, version = version + 1"
                        + " where id = :id and worker = :worker and state = 'RUNNING'")
                .setParameter("id", id).setParameter("worker", worker)
                .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error).executeUpdate();
    }

    /** Gives a running job back to the queue (the worker is stopping); it continues after its cursor. */
    public void release(EntityManager em, UUID id, String worker) {
        em.createNativeQuery("update " + table + " set state = 'QUEUED', heartbeat_at = null, version = version + 1"
                        + " where id = :id and worker = :worker and state = 'RUNNING'")
                .setParameter("id", id).setParameter("worker", worker).executeUpdate();
    }

    /**
     * The chunk's commit does not wait for the disk: if the server crashes first, the chunk is lost together with its
     * cursor, and the job (taken over after the restart) does it again.
     */
    public static void commitWithoutWaitingForDisk(EntityManager em) {
        em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
    }
}
