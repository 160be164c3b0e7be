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
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
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
 * FOR UPDATE SKIP LOCKED, chunks committed with the cursor, a heartbeat, hand-back on shutdown and take-over of a
 * job whose worker died. A job reads its file twice: once to check every record, once to write the valid ones.
 */
@ApplicationScoped
public class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportJobService jobs;
    private final RecordChecker checker;
    private final UploadStore files;
    private final ImportConfig config;
    private final ObjectMapper json;
    private final String name = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean stopping;
    private ExecutorService loop;

    ImportWorker(ImportJobService jobs, RecordChecker checker, UploadStore files, ImportConfig config) {
        this.jobs = jobs;
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
        loop = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "import-worker");
            t.setDaemon(true);
            return t;
        });
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
        long started = System.nanoTime();
        try {
            ImportState state = job.state();
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
        } catch (ImportJobService.AllOrNothingBroken e) {
            jobs.failAndUndo(job, name, e.getMessage());
            files.delete(job.id());
        } catch (ImportFileException e) {
            jobs.fail(job.id(), name, e.code + ": " + e.getMessage());
            files.delete(job.id());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "import %s failed", job.id());
            jobs.fail(job.id(), name, "stopped by an error; the service log has the details");
        }
    }

    /** The checking pass; empty when the job was cancelled, taken over or handed back. */
    private Optional<ImportState> validate(ImportJobRepository.Job job) throws IOException {
        RecordChecker.Seen seen = new RecordChecker.Seen();
        try (RecordSource source = open(job)) {
            for (int i = 0; i < job.cursor(); i++) {
                ImportRecord r = source.next();
                if (r == null) {
                    break;
                }
                checker.remember(r, seen);
            }
            while (true) {
                List<ImportRecord> chunk = read(source);
                if (chunk.isEmpty()) {
                    break;
                }
                if (stopping) {
                    jobs.release(job.id(), name);
                    return Optional.empty();
                }
                if (!jobs.validateChunk(job, name, chunk, seen)) {
                    LOG.infof("import %s was cancelled or taken over; stopping here", job.id());
                    return Optional.empty();
                }
            }
        }
        return jobs.endValidation(job, name);
    }

    /** The writing pass; false when the job was cancelled, taken over or handed back. */
    private boolean write(ImportJobRepository.Job job) throws IOException {
        BitSet invalid = jobs.invalidRecords(job.id());
        try (RecordSource source = open(job)) {
            for (int i = 0; i < job.cursor(); i++) {
                if (source.next() == null) {
                    break;
                }
            }
            while (true) {
                List<ImportRecord> chunk = read(source);
                if (chunk.isEmpty()) {
                    break;
                }
                if (stopping) {
                    jobs.release(job.id(), name);
                    return false;
                }
                if (!jobs.writeChunk(job, name, chunk, invalid)) {
                    LOG.infof("import %s was cancelled or taken over; stopping here", job.id());
                    return false;
                }
            }
        }
        return jobs.finishWriting(job, name);
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
