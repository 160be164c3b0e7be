package vn.giamngheo.transfer.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.error.Problem;
import vn.giamngheo.household.api.BatchUndone;
import vn.giamngheo.household.api.BulkHousehold;
import vn.giamngheo.household.api.BulkWritten;
import vn.giamngheo.household.service.HouseholdBulkService;
import vn.giamngheo.transfer.domain.ImportMode;
import vn.giamngheo.transfer.domain.ImportPolicy;
import vn.giamngheo.transfer.domain.ImportRecord;
import vn.giamngheo.transfer.domain.ImportState;
import vn.giamngheo.transfer.domain.RowMessages;
import vn.giamngheo.transfer.domain.RowProblem;
import vn.giamngheo.transfer.persistence.ImportJobRepository;

/**
 * The transactions of an import job, for {@link ImportWorker}: claim, each chunk with the cursor past it (all or
 * nothing, so a job taken over after a restart neither repeats nor skips a record; chunks in their transactions at
 * once keep their file order through their {@link ChunkTurn}), the end of each phase. The
 * transactions that write households run in a request context of their own: the entitlements of the changed
 * households are recomputed in them and audited on behalf of whoever requested the job.
 */
@ApplicationScoped
public class ImportJobService {
    private static final Logger LOG = Logger.getLogger(ImportJobService.class);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final ImportJobRepository jobs;
    private final RecordChecker checker;
    private final HouseholdBulkService households;
    private final AuditService audit;
    private final ImportConfig config;
    private final EntityManager em;

    ImportJobService(ImportJobRepository jobs, RecordChecker checker, HouseholdBulkService households, AuditService audit,
                     ImportConfig config, EntityManager em) {
        this.jobs = jobs;
        this.checker = checker;
        this.households = households;
        this.audit = audit;
        this.config = config;
        this.em = em;
    }

    /** The ALL_OR_NOTHING job met a record the registry now refuses while writing: everything it wrote is undone. */
    public static final class AllOrNothingBroken extends RuntimeException {
        AllOrNothingBroken(String message) {
            super(message, null, false, false);
        }
    }

    @Transactional
    public Optional<ImportJobRepository.Job> claimNext(String worker) {
        jobs.failAbandoned(config.staleAfter(), config.maxAttempts());
        Problem abandoned = RollbackProblems.failed(null, "The worker undoing the import stopped " + config.maxAttempts()
                + " times (each time the database discarded the partial undo); nothing was undone. Ask for the rollback again");
        for (ImportJobRepository.AbandonedRollback r : jobs.abandonRollbacks(config.staleAfter(), config.maxAttempts(),
                RollbackProblems.json(abandoned))) {
            LOG.warnf("the rollback of import %s was given up: its worker stopped %d times", r.id(), config.maxAttempts());
            audit.record(AuditEntry.write("IMPORT_ROLLBACK_FAILED", "IMPORT_JOB", r.id(), null, r.communeScope(), List.of())
                    .withContext(Map.of("code", abandoned.code())), r.requestedBy(), r.id().toString());
        }
        return jobs.claimNext(worker, config.staleAfter(), config.maxAttempts());
    }

    @Transactional
    public Optional<ImportJobRepository.Job> find(UUID id) {
        return jobs.find(id);
    }

    /** Checks a chunk and keeps its problems with the counts; false when the job was cancelled or taken over. */
    @Transactional
    public boolean validateChunk(ImportJobRepository.Job job, String worker, List<ImportRecord> chunk, RecordChecker.Seen seen, ChunkTurn turn) {
        fastCommit();
        turn.awaitChecksBefore();
        List<RecordChecker.Checked> checked = checker.check(chunk, job.matchBy(), job.communeScope(), today(), seen);
        turn.checksDone();
        int invalid = 0;
        List<ImportJobRepository.StoredProblem> problems = new ArrayList<>();
        for (RecordChecker.Checked c : checked) {
            if (!c.valid()) {
                invalid++;
                c.problems().forEach(p -> problems.add(stored(c.record(), p)));
            }
        }
        turn.awaitCommitBefore();
        if (!jobs.advance(job.id(), worker, ImportState.VALIDATING, chunk.size(), chunk.size(), chunk.size() - invalid, invalid, 0, 0, 0, 0)) {
            return false;
        }
        jobs.insertProblems(job.id(), problems);
        return true;
    }

    /**
     * The end of the checks: a dry run is VALIDATED (it may be committed later); a commit with problems under
     * ALL_OR_NOTHING is REJECTED; any other commit goes on to WRITING. Returns the new state, or empty when the job was
     * cancelled meanwhile.
     */
    @Transactional
    public Optional<ImportState> endValidation(ImportJobRepository.Job job, String worker) {
        ImportJobRepository.Job now = jobs.find(job.id()).orElseThrow();
        ImportState next = now.mode() == ImportMode.DRY_RUN ? ImportState.VALIDATED
                : now.policy() == ImportPolicy.ALL_OR_NOTHING && now.recordsInvalid() > 0 ? ImportState.REJECTED
                : ImportState.WRITING;
        if (!jobs.move(job.id(), worker, ImportState.VALIDATING, next, true)) {
            return Optional.empty();
        }
        audit.record(AuditEntry.write("IMPORT_VALIDATED", "IMPORT_JOB", job.id(), null,
                job.communeScope(), List.of()).withContext(counts(now)), job.requestedBy(), job.id().toString());
        return Optional.of(next);
    }

    @Transactional
    public BitSet invalidRecords(UUID jobId) {
        return jobs.invalidRecords(jobId);
    }

    /**
     * Writes a chunk's valid records with the cursor past the chunk. {@code chunk} is every record of the chunk;
     * those in {@code invalid} were refused by the checks and are passed over.
     */
    @Transactional
    @ActivateRequestContext
    public boolean writeChunk(ImportJobRepository.Job job, String worker, List<ImportRecord> chunk, BitSet invalid, ChunkTurn turn) {
        fastCommit();
        turn.checksDone(); // the second look at the registry depends on nothing of the chunks before
        List<ImportRecord> candidates = chunk.stream().filter(r -> !invalid.get(r.recordNo())).toList();
        List<RecordChecker.Checked> checked = checker.recheck(candidates, job.matchBy(), job.communeScope());
        List<BulkHousehold> writes = new ArrayList<>(checked.size());
        List<ImportJobRepository.StoredProblem> problems = new ArrayList<>();
        int refused = 0;
        for (RecordChecker.Checked c : checked) {
            if (c.valid()) {
                writes.add(c.write());
            } else {
                refused++;
                c.problems().forEach(p -> problems.add(stored(c.record(), p)));
            }
        }
        if (refused > 0 && job.policy() == ImportPolicy.ALL_OR_NOTHING) {
            throw new AllOrNothingBroken(problems.get(0).code() + " on line " + problems.get(0).lineNo()
                    + ": the registry changed since the file was checked; nothing of the file is kept");
        }
        BulkWritten w = writes.isEmpty() ? new BulkWritten(0, 0, 0) : households.write(job.id(), job.requestedBy(), writes, today());
        turn.awaitCommitBefore();
        if (!jobs.advance(job.id(), worker, ImportState.WRITING, chunk.size(), 0, -refused, refused, writes.size(), w.created(), w.updated(),
                w.membersWritten())) {
            throw new JobLost();
        }
        jobs.insertProblems(job.id(), problems);
        auditChunk(job, chunk, w);
        return true;
    }

    /**
     * One pass for a committing job under VALID_ROWS_ONLY: a chunk is checked with every rule and its valid records are
     * written in the same transaction, with the cursor past it.
     */
    @Transactional
    @ActivateRequestContext
    public boolean checkAndWriteChunk(ImportJobRepository.Job job, String worker, List<ImportRecord> chunk, RecordChecker.Seen seen,
                                      ChunkTurn turn) {
        fastCommit();
        turn.awaitChecksBefore();
        List<RecordChecker.Checked> checked = checker.check(chunk, job.matchBy(), job.communeScope(), today(), seen);
        if (checked.stream().noneMatch(c -> c.valid() && c.write().existingId() != null)) {
            // new households only add members whose ids the checks of later chunks know from the file; an update may
            // release a citizen id, which a later record may then take, so their checks wait for this chunk's commit
            turn.checksDone();
        }
        List<BulkHousehold> writes = new ArrayList<>(checked.size());
        List<ImportJobRepository.StoredProblem> problems = new ArrayList<>();
        for (RecordChecker.Checked c : checked) {
            if (c.valid()) {
                writes.add(c.write());
            } else {
                c.problems().forEach(p -> problems.add(stored(c.record(), p)));
            }
        }
        int invalid = chunk.size() - writes.size();
        BulkWritten w = writes.isEmpty() ? new BulkWritten(0, 0, 0) : households.write(job.id(), job.requestedBy(), writes, today());
        turn.awaitCommitBefore();
        if (!jobs.advance(job.id(), worker, ImportState.WRITING, chunk.size(), chunk.size(), writes.size(), invalid, writes.size(),
                w.created(), w.updated(), w.membersWritten())) {
            throw new JobLost();
        }
        jobs.insertProblems(job.id(), problems);
        auditChunk(job, chunk, w);
        return true;
    }

    /** The job was cancelled or taken over while a chunk was in progress: the chunk's transaction is rolled back. */
    public static final class JobLost extends RuntimeException {
        JobLost() {
            super("the import was cancelled or taken over", null, false, false);
        }
    }

    private void auditChunk(ImportJobRepository.Job job, List<ImportRecord> chunk, BulkWritten w) {
        if (w.created() + w.updated() == 0) {
            return;
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("firstRecord", chunk.get(0).recordNo());
        context.put("lastRecord", chunk.get(chunk.size() - 1).recordNo());
        context.put("created", w.created());
        context.put("updated", w.updated());
        context.put("members", w.membersWritten());
        audit.record(AuditEntry.write("HOUSEHOLDS_IMPORTED", "IMPORT_JOB", job.id(), null,
                job.communeScope(), List.of()).withContext(context), job.requestedBy(), job.id().toString());
    }

    @Transactional
    public boolean finishWriting(ImportJobRepository.Job job, String worker) {
        if (!jobs.move(job.id(), worker, ImportState.WRITING, ImportState.DONE, false)) {
            return false;
        }
        ImportJobRepository.Job now = jobs.find(job.id()).orElseThrow();
        audit.record(AuditEntry.write("IMPORT_DONE", "IMPORT_JOB", job.id(), null,
                job.communeScope(), List.of()).withContext(counts(now)), job.requestedBy(), job.id().toString());
        return true;
    }

    /** Undoes what the job wrote and fails it, in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @ActivateRequestContext
    public void failAndUndo(ImportJobRepository.Job job, String worker, String error) {
        households.undo(job.id(), job.requestedBy());
        jobs.fail(job.id(), worker, error);
        audit.record(AuditEntry.write("IMPORT_ROLLED_BACK", "IMPORT_JOB", job.id(), null,
                job.communeScope(), List.of()).withContext(Map.of("reason", error)), job.requestedBy(), job.id().toString());
    }

    /**
     * Undoes the batch of a job in ROLLING_BACK and moves it to ROLLED_BACK, in ONE transaction (all or nothing, so a
     * worker killed half-way leaves nothing undone: PostgreSQL rolls the transaction back, and the job is taken over
     * when its heartbeat is stale). The transaction may last {@code giamngheo.imports.rollback-timeout}. Throws the
     * problem of a refused undo (BATCH_CHANGED_SINCE, BATCH_IN_USE) with nothing undone, and {@link JobLost} when
     * another worker took the job over meanwhile.
     */
    @ActivateRequestContext
    public BatchUndone rollBack(ImportJobRepository.Job job, String worker) {
        int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, config.rollbackTimeout().toSeconds()));
        return QuarkusTransaction.requiringNew().timeout(seconds).call(() -> {
            BatchUndone undone = households.undo(job.id(), job.rollbackRequestedBy());
            // last, so that the job's row is not locked while the undo runs and the heartbeat can go on beside it
            if (!jobs.rolledBack(job.id(), worker)) {
                throw new JobLost();
            }
            audit.record(AuditEntry.write("IMPORT_ROLLED_BACK", "IMPORT_JOB", job.id(), null, job.communeScope(), List.of())
                    .withContext(Map.of("removed", undone.removed(), "restored", undone.restored())), job.rollbackRequestedBy(),
                    job.id().toString());
            return undone;
        });
    }

    /** The rollback was refused or failed: the job goes back to where it was, with the reason, and is not tried again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rollbackFailed(ImportJobRepository.Job job, String worker, Problem problem) {
        if (jobs.rollbackFailed(job.id(), worker, RollbackProblems.json(problem))) {
            audit.record(AuditEntry.write("IMPORT_ROLLBACK_FAILED", "IMPORT_JOB", job.id(), null, job.communeScope(), List.of())
                    .withContext(Map.of("code", problem.code())), job.rollbackRequestedBy(), job.id().toString());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void beat(UUID jobId, String worker) {
        jobs.beat(jobId, worker);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID jobId, String worker, String error) {
        jobs.fail(jobId, worker, error);
    }

    @Transactional
    public void release(UUID jobId, String worker) {
        jobs.release(jobId, worker);
    }

    static Map<String, Object> counts(ImportJobRepository.Job j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", j.recordsRead());
        m.put("valid", j.recordsValid());
        m.put("invalid", j.recordsInvalid());
        m.put("written", j.recordsWritten());
        m.put("created", j.householdsCreated());
        m.put("updated", j.householdsUpdated());
        return m;
    }

    static ImportJobRepository.StoredProblem stored(ImportRecord r, RowProblem p) {
        return new ImportJobRepository.StoredProblem(r.recordNo(), p.lineNo(), p.column(), p.pointer(), p.code(), p.message(),
                RowMessages.vi(p.code(), p.message()), r.original());
    }

    /**
     * A chunk's commit does not wait for the disk: if the server crashes first, the chunk is lost together with its
     * cursor, and the job (taken over after the restart) does it again.
     */
    private void fastCommit() {
        em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
