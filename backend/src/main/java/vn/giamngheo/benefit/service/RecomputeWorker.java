package vn.giamngheo.benefit.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.giamngheo.benefit.persistence.RecomputeRepository;
import vn.giamngheo.common.job.JobLoop;

/**
 * Runs the queued recompute jobs, one at a time per replica, on the job mechanism the what-if runs use: chunks of
 * households in key order, each recomputed and committed with the job's cursor, so a job taken over after a restart
 * continues after the last committed chunk and never recomputes a committed one twice.
 */
@ApplicationScoped
public class RecomputeWorker {
    private static final Logger LOG = Logger.getLogger(RecomputeWorker.class);

    private final RecomputeJobService jobs;
    private final RecomputeConfig config;
    private final String name = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final JobLoop<RecomputeRepository.Job> loop;
    private boolean started;

    RecomputeWorker(RecomputeJobService jobs, RecomputeConfig config) {
        this.jobs = jobs;
        this.config = config;
        this.loop = new JobLoop<>("entitlement-recompute-worker", config.pollInterval(), new JobLoop.Jobs<>() {
            @Override
            public Optional<RecomputeRepository.Job> claimNext() {
                return jobs.claimNext(name);
            }

            @Override
            public void execute(RecomputeRepository.Job job) {
                RecomputeWorker.this.execute(job);
            }
        });
    }

    void start(@Observes StartupEvent e) {
        if (config.workerEnabled()) {
            started = true;
            loop.start();
        }
    }

    /** A job in progress goes back to the queue at its cursor, so the next start (or another replica) resumes it at once. */
    void stop(@Observes ShutdownEvent e) throws InterruptedException {
        if (started && !loop.stop(Duration.ofSeconds(30))) {
            LOG.warn("recompute worker did not stop within 30 s; its job will be taken over when its heartbeat is stale");
        }
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecomputeQueued event) {
        loop.wake();
    }

    private void execute(RecomputeRepository.Job job) {
        long startedAt = System.nanoTime();
        UUID cursor = job.cursor();
        int done = 0;
        try {
            jobs.start(job);
            while (true) {
                if (loop.stopping()) {
                    jobs.release(job.id(), name);
                    LOG.infof("recompute job %s handed back to the queue after %d households", job.id(), job.householdsProcessed() + done);
                    return;
                }
                RecomputeJobService.Chunk chunk = chunk(job, cursor);
                if (chunk.households() == 0) {
                    break;
                }
                cursor = chunk.last();
                done += chunk.households();
            }
            if (jobs.finish(job.id(), name)) {
                LOG.infof("recompute job %s done: %d households in %d ms", job.id(), done, (System.nanoTime() - startedAt) / 1_000_000);
            }
        } catch (RecomputeJobService.JobLost lost) {
            LOG.warnf("recompute job %s was taken over by another worker; stopping here", job.id());
        } catch (RuntimeException e) {
            LOG.errorf(e, "recompute job %s failed after %d households", job.id(), done);
            jobs.fail(job.id(), name, "stopped by an error at " + Instant.now() + "; the service log has the details");
        }
    }

    /** A chunk, tried again when it fails (a concurrent recompute of one of its households); the cursor has not moved then. */
    private RecomputeJobService.Chunk chunk(RecomputeRepository.Job job, UUID cursor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jobs.chunk(job, name, cursor);
            } catch (RecomputeJobService.JobLost lost) {
                throw lost;
            } catch (RuntimeException e) {
                if (attempt >= config.chunkTries()) {
                    throw e;
                }
                LOG.warnf("recompute job %s: the chunk after %s failed (%s); trying it again", job.id(), cursor, e.getMessage());
            }
        }
    }
}
