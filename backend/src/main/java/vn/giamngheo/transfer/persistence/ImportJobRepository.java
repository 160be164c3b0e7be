package vn.giamngheo.transfer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hibernate.Session;
import vn.giamngheo.transfer.domain.ImportFormat;
import vn.giamngheo.transfer.domain.ImportMatch;
import vn.giamngheo.transfer.domain.ImportMode;
import vn.giamngheo.transfer.domain.ImportPolicy;
import vn.giamngheo.transfer.domain.ImportState;

/** Import jobs as rows of import_job, claimed by workers like the what-if runs; their problems in import_row_error. */
@ApplicationScoped
public class ImportJobRepository {
    private static final String COLUMNS = "id, format, mode, policy, match_by, state, file_name, file_size, content_hash, idempotency_key,"
            + " client_id, commune_scope, records_read, records_valid, records_invalid, records_written, households_created,"
            + " households_updated, members_written, cursor_record, attempts, error, requested_at, requested_by, started_at, validated_at,"
            + " finished_at, rolled_back_at, rolled_back_by, rollback_from, rollback_requested_at, rollback_requested_by, rollback_problem::text";

    private final EntityManager em;

    ImportJobRepository(EntityManager em) {
        this.em = em;
    }

    public record Job(UUID id, ImportFormat format, ImportMode mode, ImportPolicy policy, ImportMatch matchBy, ImportState state,
                      String fileName, long fileSize, String contentHash, String idempotencyKey, String clientId, String communeScope,
                      int recordsRead, int recordsValid, int recordsInvalid, int recordsWritten, int householdsCreated,
                      int householdsUpdated, int membersWritten, int cursor, int attempts, String error, Instant requestedAt,
                      String requestedBy, Instant startedAt, Instant validatedAt, Instant finishedAt, Instant rolledBackAt,
                      String rolledBackBy, ImportState rollbackFrom, Instant rollbackRequestedAt, String rollbackRequestedBy,
                      String rollbackProblemJson) {
    }

    /** A problem as stored. */
    public record StoredProblem(int recordNo, int lineNo, String column, String pointer, String code, String messageEn, String messageVi,
                                String original) {
    }

    public void insert(Job j) {
        em.createNativeQuery("insert into import_job (id, format, mode, policy, match_by, state, file_name, file_size, content_hash,"
                        + " idempotency_key, client_id, commune_scope, requested_at, requested_by) values (:id, :format, :mode, :policy,"
                        + " :match, 'QUEUED', :name, :size, :hash, :key, :client, :scope, :at, :by)")
                .setParameter("id", j.id()).setParameter("format", j.format().name()).setParameter("mode", j.mode().name())
                .setParameter("policy", j.policy().name()).setParameter("match", j.matchBy().name()).setParameter("name", j.fileName())
                .setParameter("size", j.fileSize()).setParameter("hash", j.contentHash()).setParameter("key", j.idempotencyKey())
                .setParameter("client", j.clientId()).setParameter("scope", j.communeScope())
                .setParameter("at", Timestamp.from(j.requestedAt())).setParameter("by", j.requestedBy()).executeUpdate();
    }

    public Optional<Job> find(UUID id) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from import_job where id = ?")) {
                ps.setObject(1, id);
                return jobs(ps).stream().findFirst();
            }
        });
    }

    /** Newest first; {@code communeScope} null lists every job. */
    public List<Job> page(String communeScope, int limit, long offset) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from import_job"
                    + (communeScope == null ? "" : " where commune_scope = ?") + " order by requested_at desc, id limit ? offset ?")) {
                int i = 1;
                if (communeScope != null) {
                    ps.setString(i++, communeScope);
                }
                ps.setInt(i++, limit);
                ps.setLong(i, offset);
                return jobs(ps);
            }
        });
    }

    public long count(String communeScope) {
        var q = em.createNativeQuery("select count(*) from import_job" + (communeScope == null ? "" : " where commune_scope = :scope"));
        if (communeScope != null) {
            q.setParameter("scope", communeScope);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * A committing job of the same file that has written or will write it (not rolled back, failed or rejected); a done
     * job whose rollback is under way counts until the rollback succeeds.
     */
    public Optional<UUID> appliedWithHash(String contentHash, UUID except) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select id from import_job where content_hash = :hash and mode = 'COMMIT' and id <> :except"
                        + " and (state in ('QUEUED', 'VALIDATING', 'VALIDATED', 'WRITING', 'DONE')"
                        + " or (state = 'ROLLING_BACK' and rollback_from = 'DONE')) order by requested_at limit 1")
                .setParameter("hash", contentHash).setParameter("except", except == null ? new UUID(0, 0) : except).getResultList();
        return ids.stream().findFirst();
    }

    // ---- the job --------------------------------------------------------------------------------------------

    /**
     * The oldest job with work to do, or an active one whose worker stopped reporting; skipped while another claims it.
     * A queued job starts checking, except a commit under VALID_ROWS_ONLY, which checks and writes in one pass; a job
     * being written or rolled back keeps its state.
     */
    public Optional<Job> claimNext(String worker, Duration staleAfter, int maxAttempts) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("update import_job j set state = case when j.state <> 'QUEUED' then j.state"
                    + " when j.mode = 'COMMIT' and j.policy = 'VALID_ROWS_ONLY' then 'WRITING' else 'VALIDATING' end, worker = ?, heartbeat_at = now(), attempts = j.attempts + 1, started_at = coalesce(j.started_at, now()),"
                    + " version = j.version + 1 where j.id = (select id from import_job where (state = 'QUEUED' or (state in ('VALIDATING', 'WRITING', 'ROLLING_BACK')"
                    + " and (worker is null or heartbeat_at < now() - ? * interval '1 millisecond'))) and attempts < ?"
                    + " order by requested_at, id limit 1 for update skip locked) returning " + COLUMNS)) {
                ps.setString(1, worker);
                ps.setLong(2, staleAfter.toMillis());
                ps.setInt(3, maxAttempts);
                return jobs(ps).stream().findFirst();
            }
        });
    }

    public int failAbandoned(Duration staleAfter, int maxAttempts) {
        return em.createNativeQuery("update import_job set state = 'FAILED', finished_at = now(), version = version + 1,"
                        + " error = 'the worker stopped reporting ' || attempts || ' times; start the import again'"
                        + " where state in ('VALIDATING', 'WRITING') and heartbeat_at < now() - :stale * interval '1 millisecond' and attempts >= :max")
                .setParameter("stale", staleAfter.toMillis()).setParameter("max", maxAttempts).executeUpdate();
    }

    /** The counts a chunk adds, with the cursor past it; false when the worker no longer holds the job in that state. */
    public boolean advance(UUID id, String worker, ImportState state, int records, int read, int valid, int invalid, int written,
                           int created, int updated, int members) {
        return em.createNativeQuery("update import_job set cursor_record = cursor_record + :records, records_read = records_read + :read,"
                        + " records_valid = records_valid + :valid, records_invalid = records_invalid + :invalid,"
                        + " records_written = records_written + :written, households_created = households_created + :created,"
                        + " households_updated = households_updated + :updated, members_written = members_written + :members,"
                        + " heartbeat_at = now(), version = version + 1 where id = :id and worker = :worker and state = :state")
                .setParameter("records", records).setParameter("read", read).setParameter("valid", valid).setParameter("invalid", invalid)
                .setParameter("written", written).setParameter("created", created).setParameter("updated", updated)
                .setParameter("members", members).setParameter("id", id).setParameter("worker", worker).setParameter("state", state.name())
                .executeUpdate() == 1;
    }

    /** Moves a job on from one state to another, with the cursor reset for a new phase when asked. */
    public boolean move(UUID id, String worker, ImportState from, ImportState to, boolean resetCursor) {
        String finished = switch (to) {
            case DONE, REJECTED, FAILED, CANCELLED -> ", finished_at = now()";
            default -> "";
        };
        String validated = from == ImportState.VALIDATING ? ", validated_at = now()" : "";
        var q = em.createNativeQuery("update import_job set state = :to" + (resetCursor ? ", cursor_record = 0" : "") + finished + validated
                + ", heartbeat_at = now(), version = version + 1 where id = :id and state = :from" + (worker == null ? "" : " and worker = :worker"))
                .setParameter("to", to.name()).setParameter("id", id).setParameter("from", from.name());
        if (worker != null) {
            q.setParameter("worker", worker);
        }
        return q.executeUpdate() == 1;
    }

    /** A validated job queued again to be written (its commit). */
    public boolean queueWriting(UUID id) {
        return em.createNativeQuery("update import_job set state = 'WRITING', mode = 'COMMIT', cursor_record = 0, worker = null,"
                        + " heartbeat_at = null, attempts = 0, finished_at = null, version = version + 1 where id = :id and state = 'VALIDATED'")
                .setParameter("id", id).executeUpdate() == 1;
    }

    public boolean cancel(UUID id) {
        return em.createNativeQuery("update import_job set state = 'CANCELLED', finished_at = now(), version = version + 1"
                        + " where id = :id and state in ('QUEUED', 'VALIDATING', 'VALIDATED', 'WRITING')")
                .setParameter("id", id).executeUpdate() == 1;
    }

    /**
     * Queues the rollback of a job that wrote something: the worker that claims it undoes the batch on behalf of
     * {@code by}; false when the job is no longer in {@code from}.
     */
    public boolean queueRollback(UUID id, ImportState from, String by) {
        return em.createNativeQuery("update import_job set state = 'ROLLING_BACK', rollback_from = :from, rollback_requested_at = now(),"
                        + " rollback_requested_by = :by, rollback_problem = null, worker = null, heartbeat_at = null, attempts = 0,"
                        + " version = version + 1 where id = :id and state = :from and records_written > 0")
                .setParameter("id", id).setParameter("from", from.name()).setParameter("by", by).executeUpdate() == 1;
    }

    /** The rollback is done, in its own transaction; false when this worker no longer holds it. */
    public boolean rolledBack(UUID id, String worker) {
        return em.createNativeQuery("update import_job set state = 'ROLLED_BACK', rolled_back_at = now(), rolled_back_by = rollback_requested_by,"
                        + " heartbeat_at = now(), version = version + 1 where id = :id and worker = :worker and state = 'ROLLING_BACK'")
                .setParameter("id", id).setParameter("worker", worker).executeUpdate() == 1;
    }

    /** The rollback did not happen: the job goes back where it was, with the reason; false when this worker no longer holds it. */
    public boolean rollbackFailed(UUID id, String worker, String problemJson) {
        return em.createNativeQuery("update import_job set state = rollback_from, rollback_problem = cast(:problem as jsonb),"
                        + " heartbeat_at = now(), version = version + 1 where id = :id and worker = :worker and state = 'ROLLING_BACK'")
                .setParameter("id", id).setParameter("worker", worker).setParameter("problem", problemJson).executeUpdate() == 1;
    }

    /** A rollback whose worker stopped reporting too often, given up. */
    public record AbandonedRollback(UUID id, String communeScope, String requestedBy) {
    }

    /**
     * Rollbacks whose worker stopped reporting (each time, PostgreSQL rolled its transaction back) and that have used up
     * their attempts go back where they were, with {@code problemJson} as the reason, instead of being tried forever.
     */
    public List<AbandonedRollback> abandonRollbacks(Duration staleAfter, int maxAttempts, String problemJson) {
        return work(c -> {
            List<AbandonedRollback> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("update import_job set state = rollback_from, rollback_problem = cast(? as jsonb),"
                    + " version = version + 1 where state = 'ROLLING_BACK' and heartbeat_at < now() - ? * interval '1 millisecond'"
                    + " and attempts >= ? returning id, commune_scope, rollback_requested_by")) {
                ps.setString(1, problemJson);
                ps.setLong(2, staleAfter.toMillis());
                ps.setInt(3, maxAttempts);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AbandonedRollback(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The heartbeat of a rollback, from beside its one long transaction (which touches the job only at its end), so that
     * a rollback in progress is not taken for one whose worker died.
     */
    public void beat(UUID id, String worker) {
        em.createNativeQuery("update import_job set heartbeat_at = now() where id = :id and worker = :worker and state = 'ROLLING_BACK'")
                .setParameter("id", id).setParameter("worker", worker).executeUpdate();
    }

    public void fail(UUID id, String worker, String error) {
        em.createNativeQuery("update import_job set state = 'FAILED', finished_at = now(), error = :error, version = version + 1"
                        + " where id = :id and worker = :worker and state in ('VALIDATING', 'WRITING')")
                .setParameter("id", id).setParameter("worker", worker)
                .setParameter("error", error.length() > 1000 ? error.substring(0, 1000) : error).executeUpdate();
    }

    /** The worker is stopping: the job waits for the next claim at its cursor. */
    public void release(UUID id, String worker) {
        em.createNativeQuery("update import_job set worker = null, heartbeat_at = null, attempts = greatest(attempts - 1, 0),"
                        + " version = version + 1 where id = :id and worker = :worker")
                .setParameter("id", id).setParameter("worker", worker).executeUpdate();
    }

    // ---- problems -------------------------------------------------------------------------------------------

    public void insertProblems(UUID jobId, List<StoredProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        work(c -> {
            int seq;
            try (PreparedStatement ps = c.prepareStatement("select coalesce(max(seq), 0) from import_row_error where job_id = ?")) {
                ps.setObject(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seq = rs.getInt(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("insert into import_row_error (job_id, seq, record_no, line_no, column_name, pointer,"
                    + " code, message_en, message_vi, original) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredProblem p : problems) {
                    ps.setObject(1, jobId);
                    ps.setInt(2, ++seq);
                    ps.setInt(3, p.recordNo());
                    ps.setInt(4, p.lineNo());
                    ps.setString(5, cut(p.column(), 100));
                    ps.setString(6, cut(p.pointer(), 200));
                    ps.setString(7, cut(p.code(), 60));
                    ps.setString(8, cut(p.messageEn(), 500));
                    ps.setString(9, cut(p.messageVi(), 500));
                    ps.setString(10, p.original());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** The records with a problem, by number. */
    public BitSet invalidRecords(UUID jobId) {
        return work(c -> {
            BitSet out = new BitSet();
            try (PreparedStatement ps = c.prepareStatement("select distinct record_no from import_row_error where job_id = ?")) {
                ps.setObject(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.set(rs.getInt(1));
                    }
                }
            }
            return out;
        });
    }

    public List<StoredProblem> problems(UUID jobId, int limit, long offset) {
        List<StoredProblem> out = new ArrayList<>();
        streamProblems(jobId, limit, offset, out::add);
        return out;
    }

    public long countProblems(UUID jobId) {
        return ((Number) em.createNativeQuery("select count(*) from import_row_error where job_id = :id").setParameter("id", jobId)
                .getSingleResult()).longValue();
    }

    /** Every problem in file order, handed over one at a time (a report of a million problems is never held). */
    public void streamProblems(UUID jobId, int limit, long offset, Consumer<StoredProblem> each) {
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select record_no, line_no, column_name, pointer, code, message_en, message_vi, original"
                    + " from import_row_error where job_id = ? order by seq limit ? offset ?")) {
                ps.setObject(1, jobId);
                ps.setInt(2, limit);
                ps.setLong(3, offset);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new StoredProblem(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return null;
        });
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static List<Job> jobs(PreparedStatement ps) throws SQLException {
        List<Job> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Job(rs.getObject(1, UUID.class), ImportFormat.valueOf(rs.getString(2)), ImportMode.valueOf(rs.getString(3)),
                        ImportPolicy.valueOf(rs.getString(4)), ImportMatch.valueOf(rs.getString(5)), ImportState.valueOf(rs.getString(6)),
                        rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getInt(13),
                        rs.getInt(14), rs.getInt(15), rs.getInt(16), rs.getInt(17), rs.getInt(18), rs.getInt(19), rs.getInt(20), rs.getInt(21),
                        rs.getString(22), instant(rs, 23), rs.getString(24), instant(rs, 25), instant(rs, 26), instant(rs, 27), instant(rs, 28),
                        rs.getString(29), rs.getString(30) == null ? null : ImportState.valueOf(rs.getString(30)), instant(rs, 31),
                        rs.getString(32), rs.getString(33)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> w) {
        return em.unwrap(Session.class).doReturningWork(w);
    }
}
