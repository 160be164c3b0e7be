package vn.giamngheo.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;

/**
 * At most {@code giamngheo.exports.concurrent} exports stream at once. Each reads a database cursor inside its
 * transaction for as long as its client downloads, and the connection pool is small (application.properties): a few
 * slow downloads must not leave the registry's other requests without a connection.
 */
@ApplicationScoped
public class ExportSlots {
    /** Seconds a client is told to wait; a district-wide export takes about that long. */
    static final long RETRY_AFTER_SECONDS = 30;

    private final int size;
    private final Semaphore free;

    ExportSlots(@ConfigProperty(name = "giamngheo.exports.concurrent", defaultValue = "2") int size) {
        this.size = size;
        this.free = new Semaphore(size);
    }

    /**
     * A slot for one export, given back by the returned action (once, however often it runs); 503 SERVICE_BUSY with
     * Retry-After when every slot is taken.
     */
    public Runnable take() {
        if (!free.tryAcquire()) {
            throw new ProblemException(ProblemType.UNAVAILABLE, "SERVICE_BUSY", size + " exports are being downloaded; try again in "
                    + RETRY_AFTER_SECONDS + " s", List.of(), RETRY_AFTER_SECONDS);
        }
        AtomicBoolean given = new AtomicBoolean();
        return () -> {
            if (given.compareAndSet(false, true)) {
                free.release();
            }
        };
    }
}
