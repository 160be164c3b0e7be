package vn.giamngheo.classification.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The what-if worker (giamngheo.what-if.*). */
@ConfigMapping(prefix = "giamngheo.what-if")
public interface WhatIfConfig {
    /** False on replicas that should only answer requests; another replica's worker then runs the queue. */
    @WithDefault("true")
    boolean workerEnabled();

    /**
     * Households read, classified and written per transaction. Three chunks are in memory at a time and every young
     * collection copies them: on 1M households, chunks of 5000 spent 1–13 s in GC and chunks of 1000 under 1 s.
     */
    @WithDefault("1000")
    int chunkSize();

    /** How often an idle worker looks for runs queued by other replicas (its own requests wake it at once). */
    @WithDefault("10S")
    Duration pollInterval();

    /** A running run whose heartbeat is older than this is taken over (its worker died or was restarted). */
    @WithDefault("2M")
    Duration staleAfter();

    /** A run taken over this many times fails instead of being tried again. */
    @WithDefault("3")
    int maxAttempts();
}
