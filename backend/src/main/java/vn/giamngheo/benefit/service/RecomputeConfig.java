package vn.giamngheo.benefit.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Recompute jobs and the nightly sweep (giamngheo.entitlement-recompute.*). */
@ConfigMapping(prefix = "giamngheo.entitlement-recompute")
public interface RecomputeConfig {
    /** False on replicas that should only answer requests; another replica's worker then runs the queue. */
    @WithDefault("true")
    boolean workerEnabled();

    /** Households recomputed per transaction (most have no frozen status and cost one index entry). */
    @WithDefault("2000")
    int chunkSize();

    /** How often an idle worker looks for jobs queued by other replicas (its own requests wake it at once). */
    @WithDefault("10S")
    Duration pollInterval();

    /** A running job whose heartbeat is older than this is taken over (its worker died or was restarted). */
    @WithDefault("2M")
    Duration staleAfter();

    /** A job taken over this many times fails instead of being tried again. */
    @WithDefault("3")
    int maxAttempts();

    /** A chunk that fails (e.g. a concurrent change of the same household) is tried this many times before the job fails. */
    @WithDefault("3")
    int chunkTries();

    /**
     * When the nightly sweep starts a job (Quartz-style cron, seconds first, in Asia/Ho_Chi_Minh); "off" disables it.
     * Read by the scheduler as giamngheo.entitlement-recompute.sweep-cron.
     */
    @WithDefault("0 0 2 * * ?")
    String sweepCron();
}
