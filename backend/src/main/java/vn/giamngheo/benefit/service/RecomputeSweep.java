package vn.giamngheo.benefit.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Once a day (giamngheo.entitlement-recompute.sweep-cron, 02:00 in Vietnam by default) a recompute job judged on
 * that day: cards past the end of their year, loans past the 3-year window after an escape, children who turned
 * 16 and the like end with their reason, and what the rules now grant is created. Every replica's scheduler fires;
 * the first one's job is the day's, the others find the day taken.
 */
@ApplicationScoped
@ActivateRequestContext
public class RecomputeSweep {
    private static final Logger LOG = Logger.getLogger(RecomputeSweep.class);

    private final RecomputeService recomputes;
    private final BenefitCalendar calendar;

    RecomputeSweep(RecomputeService recomputes, BenefitCalendar calendar) {
        this.recomputes = recomputes;
        this.calendar = calendar;
    }

    @Scheduled(identity = "entitlement-recompute-sweep", cron = "${giamngheo.entitlement-recompute.sweep-cron:0 0 2 * * ?}",
            timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        sweep(calendar.today());
    }

    /** Queues the sweep of {@code day} unless the day has one; the new job's id, or empty. */
    public Optional<UUID> sweep(LocalDate day) {
        Optional<UUID> job = recomputes.sweep(day);
        if (job.isPresent()) {
            LOG.infof("nightly sweep of %s queued as recompute job %s", day, job.get());
        } else {
            LOG.infof("nightly sweep of %s: the day has its job already", day);
        }
        return job;
    }
}
