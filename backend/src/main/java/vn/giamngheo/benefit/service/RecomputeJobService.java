package vn.giamngheo.benefit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.giamngheo.benefit.persistence.RecomputeRepository;

/** The transactions of a recompute job, for {@link RecomputeWorker}: claim, chunk by chunk, finish. */
@ApplicationScoped
public class RecomputeJobService {
    private final RecomputeRepository jobs;
    private final EntitlementService entitlements;
    private final RecomputeConfig config;

    RecomputeJobService(RecomputeRepository jobs, EntitlementService entitlements, RecomputeConfig config) {
        this.jobs = jobs;
        this.entitlements = entitlements;
        this.config = config;
    }

    @Transactional
    public Optional<RecomputeRepository.Job> claimNext(String worker) {
        jobs.failAbandoned(config.staleAfter(), config.maxAttempts());
        return jobs.claimNext(worker, config.staleAfter(), config.maxAttempts()).flatMap(jobs::find);
    }

    /** On the first claim, the number of households to go through. */
    @Transactional
    public void start(RecomputeRepository.Job job) {
        if (job.householdsTotal() == null) {
            jobs.setTotal(job.id(), jobs.countHouseholds());
        }
    }

    /** What one chunk did; {@code households} 0 when the job has gone through every household. */
    public record Chunk(int households, UUID last, EntitlementService.Counts counts) {
    }

    /**
     * The next chunk after the cursor, recomputed through {@link EntitlementService#recompute} and committed with the
     * cursor past it, all or nothing. The request context carries the audit's trace id for the chunk.
     */
    @Transactional
    @ActivateRequestContext
    public Chunk chunk(RecomputeRepository.Job job, String worker, UUID after) {
        List<UUID> households = jobs.householdsAfter(after, config.chunkSize());
        if (households.isEmpty()) {
            return new Chunk(0, after, new EntitlementService.Counts(0, 0, 0));
        }
        jobs.commitWithoutWaitingForDisk();
        UUID last = households.get(households.size() - 1);
        String why = (job.sweepDay() != null ? "nightly sweep of " + job.sweepDay() : "recompute requested by " + job.requestedBy())
                + " (job " + job.id() + ")";
        EntitlementService.Counts counts = entitlements.recompute(households, why, job.referenceDate(), job.requestedBy());
        if (!jobs.advance(job.id(), worker, last, households.size(), counts.created(), counts.changed(), counts.ended())) {
            throw new JobLost();
        }
        return new Chunk(households.size(), last, counts);
    }

    /** Another worker holds the job now; the chunk's transaction is rolled back. */
    public static final class JobLost extends RuntimeException {
        JobLost() {
            super("the job was taken over by another worker", null, false, false);
        }
    }

    @Transactional
    public boolean finish(UUID id, String worker) {
        return jobs.finish(id, worker);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID id, String worker, String error) {
        jobs.fail(id, worker, error);
    }

    @Transactional
    public void release(UUID id, String worker) {
        jobs.release(id, worker);
    }
}
