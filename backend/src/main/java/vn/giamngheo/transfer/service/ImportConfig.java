package vn.giamngheo.transfer.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Imports (giamngheo.imports.*). */
@ConfigMapping(prefix = "giamngheo.imports")
public interface ImportConfig {
    /** Where uploaded files wait for their job; must survive a restart (a job resumes from its file). */
    @WithDefault("data/imports")
    String storageDir();

    @WithDefault("4G")
    MemorySize maxFileSize();

    /** False on replicas that should only answer requests. */
    @WithDefault("true")
    boolean workerEnabled();

    /** Records validated or written per transaction. */
    @WithDefault("1000")
    int chunkSize();

    /**
     * Chunks in their transactions at once, each on a connection of its own: the database's share of a chunk (its rows,
     * indexes and name terms) is most of the work, and one connection keeps one core busy. Committed in file order.
     */
    @WithDefault("2")
    int writers();

    @WithDefault("10S")
    Duration pollInterval();

    /** An active job whose heartbeat is older than this is taken over (its worker died). */
    @WithDefault("2M")
    Duration staleAfter();

    @WithDefault("3")
    int maxAttempts();

    /**
     * The one transaction that rolls an import back. 10,000 households take about 4 s, so a million take minutes: far
     * past the 60-second default, which would cut such a rollback short every time.
     */
    @WithDefault("1H")
    Duration rollbackTimeout();
}
