package vn.giamngheo.common.job;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A worker's loop over a job table: claim the next job and execute it, or wait for a wake-up (a job queued by this
 * replica) or the poll interval (jobs queued by others). One job at a time per loop; {@link #stop} lets the job in
 * hand notice {@link #stopping()} and hand itself back to the queue at its cursor.
 */
public final class JobLoop<J> {
    private static final Logger LOG = Logger.getLogger(JobLoop.class);

    /** What the loop does with its table. */
    public interface Jobs<J> {
        /** The next job, claimed for this worker; empty when there is none. */
        Optional<J> claimNext();

        void execute(J job) throws InterruptedException;
    }

    private final String name;
    private final Duration pollInterval;
    private final Jobs<J> jobs;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean stopping;
    private ExecutorService loop;

    public JobLoop(String name, Duration pollInterval, Jobs<J> jobs) {
        this.name = name;
        this.pollInterval = pollInterval;
        this.jobs = jobs;
    }

    public void start() {
        loop = Executors.newSingleThreadExecutor(r -> daemon(r, name));
        loop.execute(this::serve);
    }

    /** Waits up to {@code grace} for the job in hand to hand itself back; true when it did. */
    public boolean stop(Duration grace) throws InterruptedException {
        if (loop == null) {
            return true;
        }
        stopping = true;
        wake.release();
        loop.shutdown();
        return loop.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean stopping() {
        return stopping;
    }

    /** A job was queued: look at once instead of at the next poll. */
    public void wake() {
        wake.release();
    }

    private void serve() {
        while (!stopping) {
            try {
                Optional<J> job = jobs.claimNext();
                if (job.isPresent()) {
                    jobs.execute(job.get());
                } else if (wake.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "%s stopped by an error (database unreachable?); trying again after the poll interval", name);
                try {
                    Thread.sleep(pollInterval.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** A daemon thread with a name, for a worker's executors. */
    public static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
