package vn.giamngheo.transfer.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.job.JobLoop;
import vn.giamngheo.household.api.BatchUndone;
import vn.giamngheo.transfer.domain.CsvRows;
import vn.giamngheo.transfer.domain.ImportFileException;
import vn.giamngheo.transfer.domain.ImportRecord;
import vn.giamngheo.transfer.domain.ImportState;
import vn.giamngheo.transfer.domain.NdjsonRecords;
import vn.giamngheo.transfer.domain.RecordSource;
import vn.giamngheo.transfer.domain.TableRecords;
import vn.giamngheo.transfer.domain.XlsxRows;
import vn.giamngheo.transfer.persistence.ImportJobRepository;

/**
 * Runs queued import jobs, one at a time per replica, as the what-if worker runs its runs: claim with
 * FOR UPDATE SKIP LOCKED, chunks committed with the cursor (several in their transactions at once), a heartbeat,
 * hand-back on shutdown and take-over of a job whose worker died. A dry run, or a commit under ALL_OR_NOTHING, reads its file twice: once to check every record,
 * once to write them; a commit under VALID_ROWS_ONLY checks and writes each chunk in one pass. A rollback is one
 * long transaction, so its heartbeat beats on a thread of its own beside it.
 */
@ApplicationScoped
public class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportJobService jobs;
    private final RecordChecker checker;
    private final UploadStore files;
    private final ImportConfig config;
    private final ObjectMapper json;
    /** How long a chunk waits for the one before it (see {@link ChunkTurn}): a transaction's whole allowed time. */
    private final Duration patience;
    private final String name = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean stopping;
    private ExecutorService loop;
    private ExecutorService reader;
    private ExecutorService writers;
    private ScheduledExecutorService heart;

    ImportWorker(ImportJobService jobs, RecordChecker checker, UploadStore files, ImportConfig config,
                 @ConfigProperty(name = "quarkus.transaction-manager.default-transaction-timeout", defaultValue = "60s") Duration transactionTimeout) {
        this.jobs = jobs;
        this.patience = transactionTimeout;
        this.checker = checker;
        this.files = files;
        this.config = config;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    void start(@Observes StartupEvent e) {
        if (!config.workerEnabled()) {
            return;
        }
        loop = Executors.newSingleThreadExecutor(r -> JobLoop.daemon(r, "import-worker"));
        reader = Executors.newSingleThreadExecutor(r -> JobLoop.daemon(r, "import-reader"));
        writers = Executors.newFixedThreadPool(config.writers(), r -> JobLoop.daemon(r, "import-writer"));
        heart = Executors.newSingleThreadScheduledExecutor(r -> JobLoop.daemon(r, "import-heartbeat"));
        loop.execute(this::serve);
    }

    void stop(@Observes ShutdownEvent e) throws InterruptedException {
        if (loop == null) {
            return;
        }
        stopping = true;
        wake.release();
        loop.shutdown();
        if (!loop.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("import worker did not stop within 30 s; its job will be taken over when its heartbeat is stale");
        }
        reader.shutdownNow();
        writers.shutdownNow();
        heart.shutdownNow();
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportQueued event) {
        wake.release();
    }

    private void serve() {
        while (!stopping) {
            try {
                Optional<ImportJobRepository.Job> job = jobs.claimNext(name);
                if (job.isPresent()) {
                    execute(job.get());
                } else if (wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("import worker stopped by an error (database unreachable?); trying again after the poll interval", e);
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void execute(ImportJobRepository.Job job) {
        if (job.state() == ImportState.ROLLING_BACK) {
            rollBack(job);
            return;
        }
        long started = System.nanoTime();
        try {
            ImportState state = job.state();
            if (state == ImportState.WRITING && job.validatedAt() == null) {
                if (singlePass(job)) {
                    files.delete(job.id());
                    LOG.infof("import %s checked and written in %d ms", job.id(), (System.nanoTime() - started) / 1_000_000);
                }
                return;
            }
            if (state == ImportState.VALIDATING) {
                Optional<ImportState> next = validate(job);
                if (next.isEmpty()) {
                    return;
                }
                state = next.get();
                if (state != ImportState.WRITING) {
                    if (state == ImportState.REJECTED) {
                        files.delete(job.id());
                    }
                    LOG.infof("import %s checked in %d ms: %s", job.id(), (System.nanoTime() - started) / 1_000_000, state);
                    return;
                }
                job = jobs.find(job.id()).orElseThrow();
            }
            if (state == ImportState.WRITING && write(job)) {
                files.delete(job.id());
                LOG.infof("import %s written in %d ms", job.id(), (System.nanoTime() - started) / 1_000_000);
            }
        } catch (ImportJobService.JobLost e) {
            LOG.infof("import %s was cancelled or taken over; stopping here", job.id());
        } catch (ImportJobService.AllOrNothingBroken e) {
            try {
                jobs.failAndUndo(job, name, e.getMessage());
            } catch (ProblemException refused) {
                // a household the job wrote was changed or used meanwhile: the writes stay, to be rolled back once that is settled
                jobs.fail(job.id(), name, e.getMessage() + "; what was written could not be undone: " + refused.getMessage());
            }
            files.delete(job.id());
        } catch (ImportFileException e) {
            jobs.fail(job.id(), name, e.code + ": " + e.getMessage());
            files.delete(job.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "import %s failed", job.id());
            jobs.fail(job.id(), name, "stopped by an error; the service log has the details");
        }
    }

    /**
     * Undoes the job's batch. A refused undo (the registry changed since the request) or a failed one sends the job back
     * where it was with the reason; a worker killed meanwhile leaves the job to be taken over once its heartbeat is stale.
     */
    private void rollBack(ImportJobRepository.Job job) {
        long started = System.nanoTime();
        long every = Math.max(1000, config.staleAfter().toMillis() / 4);
        ScheduledFuture<?> beat = heart.scheduleAtFixedRate(() -> {
            try {
                jobs.beat(job.id(), name);
            } catch (RuntimeException e) {
                LOG.warnf(e, "heartbeat of the rollback of import %s failed", job.id());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        try {
            BatchUndone undone = jobs.rollBack(job, name);
            LOG.infof("import %s rolled back in %d ms: %d households removed, %d restored", job.id(), millisSince(started),
                    undone.removed(), undone.restored());
        } catch (ImportJobService.JobLost e) {
            LOG.infof("the rollback of import %s was taken over; its undo was discarded", job.id());
        } catch (ProblemException refused) {
            LOG.infof("the rollback of import %s was refused: %s", job.id(), refused.code);
            jobs.rollbackFailed(job, name, RollbackProblems.of(refused, job.id()));
        } catch (RuntimeException e) {
            long ms = millisSince(started);
            if (stopping) {
                // the service is going down under the undo: PostgreSQL discards it, and the job is taken over after the restart
                LOG.warnf("the rollback of import %s was cut short by the shutdown after %d ms; it starts again after the restart", job.id(), ms);
                return;
            }
            LOG.errorf(e, "the rollback of import %s failed after %d ms", job.id(), ms);
            Duration allowed = config.rollbackTimeout();
            String detail = ms >= allowed.toMillis()
                    ? "The rollback took longer than the " + (allowed.toMinutes() > 0 ? allowed.toMinutes() + " minutes" : allowed.toSeconds() + " seconds")
                    + " allowed (giamngheo.imports.rollback-timeout); nothing was undone"
                    : "The rollback stopped by an error; nothing was undone. The service log has the details; ask for it again";
            jobs.rollbackFailed(job, name, RollbackProblems.failed(job.id(), detail));
        } finally {
            beat.cancel(false);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /** One chunk's transaction; false when the job was cancelled or taken over. */
    @FunctionalInterface
    private interface Step {
        boolean run(List<ImportRecord> chunk, ChunkTurn turn);
    }

    /** The checking pass; empty when the job was cancelled, taken over or handed back. */
    private Optional<ImportState> validate(ImportJobRepository.Job job) throws IOException, InterruptedException {
        RecordChecker.Seen seen = new RecordChecker.Seen();
        if (!chunks(job, r -> checker.remember(r, seen), (chunk, turn) -> jobs.validateChunk(job, name, chunk, seen, turn))) {
            return Optional.empty();
        }
        return jobs.endValidation(job, name);
    }

    /** The writing pass after the checks; false when the job was cancelled, taken over or handed back. */
    private boolean write(ImportJobRepository.Job job) throws IOException, InterruptedException {
        BitSet invalid = jobs.invalidRecords(job.id());
        return chunks(job, r -> { }, (chunk, turn) -> jobs.writeChunk(job, name, chunk, invalid, turn)) && jobs.finishWriting(job, name);
    }

    /** Checks and writes in one pass (a commit under VALID_ROWS_ONLY). */
    private boolean singlePass(ImportJobRepository.Job job) throws IOException, InterruptedException {
        RecordChecker.Seen seen = new RecordChecker.Seen();
        return chunks(job, r -> checker.remember(r, seen), (chunk, turn) -> jobs.checkAndWriteChunk(job, name, chunk, seen, turn))
                && jobs.finishWriting(job, name);
    }

    /**
     * Passes over the records before the job's cursor (a resumed job did them), then hands over the file chunk by chunk
     * to {@code giamngheo.imports.writers} transactions at once, each chunk in its {@link ChunkTurn}. The next chunk is
     * read and parsed on another thread meanwhile. False when a step answers false or the worker is stopping (the job is
     * handed back once the chunks under way are done); a failed chunk's error is thrown once every chunk after it has
     * given up.
     */
    private boolean chunks(ImportJobRepository.Job job, java.util.function.Consumer<ImportRecord> passed, Step step)
            throws IOException, InterruptedException {
        try (RecordSource source = open(job)) {
            for (int i = 0; i < job.cursor(); i++) {
                ImportRecord r = source.next();
                if (r == null) {
                    break;
                }
                passed.accept(r);
            }
            Future<List<ImportRecord>> next = reader.submit(() -> read(source));
            Deque<Future<Boolean>> underway = new ArrayDeque<>();
            ChunkTurn turn = ChunkTurn.first(patience);
            boolean done = false;
            try {
                while (true) {
                    List<ImportRecord> chunk = get(next);
                    if (chunk.isEmpty()) {
                        done = true;
                        return settle(underway);
                    }
                    if (stopping) {
                        boolean settled = settle(underway);
                        done = true;
                        if (settled) {
                            jobs.release(job.id(), name);
                        }
                        return false;
                    }
                    next = reader.submit(() -> read(source));
                    ChunkTurn mine = turn;
                    underway.add(writers.submit(() -> inTurn(step, chunk, mine)));
                    turn = turn.next();
                    if (underway.size() >= config.writers() && !get(underway.removeFirst())) {
                        done = true;
                        settle(underway);
                        return false;
                    }
                }
            } finally {
                if (!done) {
                    settleQuietly(underway);
                }
                try {
                    next.get();
                } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                    // the read ahead is not needed any more
                }
            }
        }
    }

    private static boolean inTurn(Step step, List<ImportRecord> chunk, ChunkTurn turn) {
        boolean ok;
        try {
            ok = step.run(chunk, turn);
        } catch (RuntimeException e) {
            turn.failed(e);
            throw e;
        }
        if (ok) {
            turn.committed();
        } else {
            turn.failed(new ImportJobService.JobLost());
        }
        return ok;
    }

    /** Waits for the chunks under way, in file order; false when one answered false; the first failure is thrown. */
    private static boolean settle(Deque<Future<Boolean>> underway) throws IOException, InterruptedException {
        boolean all = true;
        while (!underway.isEmpty()) {
            try {
                all &= get(underway.removeFirst());
            } catch (IOException | RuntimeException e) {
                settleQuietly(underway);
                throw e;
            }
        }
        return all;
    }

    private static void settleQuietly(Deque<Future<Boolean>> underway) {
        while (!underway.isEmpty()) {
            try {
                underway.removeFirst().get();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // a chunk after the first failure gives up because of it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static <T> T get(Future<T> next) throws IOException, InterruptedException {
        try {
            return next.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private List<ImportRecord> read(RecordSource source) throws IOException {
        List<ImportRecord> chunk = new ArrayList<>(config.chunkSize());
        ImportRecord r;
        while (chunk.size() < config.chunkSize() && (r = source.next()) != null) {
            chunk.add(r);
        }
        return chunk;
    }

    private RecordSource open(ImportJobRepository.Job job) throws IOException {
        if (!files.exists(job.id())) {
            throw new ImportFileException("FILE_GONE", "The uploaded file is no longer kept; upload it again");
        }
        return switch (job.format()) {
            case NDJSON -> new NdjsonRecords(input(job), json);
            case CSV -> new TableRecords(new CsvRows(input(job)));
            case XLSX -> new TableRecords(new XlsxRows(files.file(job.id()).toFile()));
        };
    }

    private InputStream input(ImportJobRepository.Job job) throws IOException {
        return Files.newInputStream(files.file(job.id()));
    }
}
