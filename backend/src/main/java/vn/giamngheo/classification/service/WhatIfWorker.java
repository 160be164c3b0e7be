package vn.giamngheo.classification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.classification.domain.HouseholdFacts;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.classification.domain.WhatIfClassifier;
import vn.giamngheo.classification.domain.WhatIfTally;
import vn.giamngheo.classification.persistence.WhatIfRepository;
import vn.giamngheo.common.job.JobLoop;
import vn.giamngheo.household.api.RegisteredHousehold;
import vn.giamngheo.household.service.HouseholdService;

/**
 * Runs the queued what-if runs, one at a time per replica. The registry is read in key-ordered chunks, and reading,
 * classifying and writing overlap (see {@link #execute}), so the database's reads and writes and the JVM's work
 * share the cores instead of waiting for each other. Each chunk commits with the run's cursor, so a run taken over
 * after a restart continues where the last commit left it.
 */
@ApplicationScoped
public class WhatIfWorker {
    private static final Logger LOG = Logger.getLogger(WhatIfWorker.class);

    private final WhatIfJobService jobs;
    private final HouseholdService households;
    private final AreaService areas;
    private final WhatIfConfig config;
    private final String name = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final JobLoop<WhatIfRepository.Run> loop;
    private ExecutorService reader;
    private ExecutorService writer;

    WhatIfWorker(WhatIfJobService jobs, HouseholdService households, AreaService areas, WhatIfConfig config) {
        this.jobs = jobs;
        this.households = households;
        this.areas = areas;
        this.config = config;
        this.loop = new JobLoop<>("what-if-worker", config.pollInterval(), new JobLoop.Jobs<>() {
            @Override
            public Optional<WhatIfRepository.Run> claimNext() {
                return jobs.claimNext(name);
            }

            @Override
            public void execute(WhatIfRepository.Run run) throws InterruptedException {
                WhatIfWorker.this.execute(run);
            }
        });
    }

    void start(@Observes StartupEvent e) {
        if (!config.workerEnabled()) {
            return;
        }
        reader = Executors.newSingleThreadExecutor(r -> JobLoop.daemon(r, "what-if-reader"));
        writer = Executors.newSingleThreadExecutor(r -> JobLoop.daemon(r, "what-if-writer"));
        loop.start();
    }

    /** A run in progress goes back to the queue at its cursor, so the next start (or another replica) resumes it at once. */
    void stop(@Observes ShutdownEvent e) throws InterruptedException {
        if (reader == null) {
            return;
        }
        if (!loop.stop(Duration.ofSeconds(30))) {
            LOG.warn("what-if worker did not stop within 30 s; its run will be taken over when its heartbeat is stale");
        }
        reader.shutdownNow();
        writer.shutdown();
    }

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WhatIfRunQueued event) {
        loop.wake();
    }

    private record Chunk(List<RegisteredHousehold> households, Map<UUID, PovertyStatus> statuses) {
        UUID last() {
            return households.get(households.size() - 1).id();
        }
    }

    /**
     * Three stages, each a chunk apart: the reader fetches chunk n+1 while this thread classifies chunk n and the
     * writer commits chunk n-1. Commits stay in key order (one writer), so the cursor only moves forward.
     */
    private void execute(WhatIfRepository.Run run) throws InterruptedException {
        long started = System.nanoTime();
        int done = 0;
        Future<Chunk> next = null;
        Future<Boolean> written = CompletableFuture.completedFuture(true);
        try {
            PovertyStandard standard = jobs.start(run);
            WhatIfClassifier classifier = new WhatIfClassifier(standard, run.referenceDate());
            Map<String, AreaType> areaTypes = new HashMap<>();
            next = reader.submit(() -> read(run.cursor()));
            while (true) {
                Chunk chunk = next.get();
                if (chunk.households().isEmpty()) {
                    break;
                }
                if (loop.stopping()) {
                    written.get();
                    jobs.release(run.id(), name);
                    LOG.infof("what-if run %s handed back to the queue after %d households", run.id(), run.householdsProcessed() + done);
                    return;
                }
                next = reader.submit(() -> read(chunk.last()));
                WhatIfTally tally = new WhatIfTally();
                List<WhatIfRepository.Change> changes = new ArrayList<>();
                for (RegisteredHousehold h : chunk.households()) {
                    PovertyStatus now = chunk.statuses().getOrDefault(h.id(), PovertyStatus.NOT_POOR);
                    AreaType area = areaTypes.computeIfAbsent(h.communeCode(), this::areaType);
                    WhatIfClassifier.Outcome o = classifier.classify(facts(h), h.monthlyIncomePerCapitaVnd(), area);
                    tally.add(h.communeCode(), now, o.status());
                    if (o.classified() && o.status() != now) {
                        changes.add(new WhatIfRepository.Change(h.id(), h.code(), h.communeCode(), h.hamletCode(), now, o.status(),
                                o.deprivationCount(), h.monthlyIncomePerCapitaVnd()));
                    }
                }
                if (!written.get()) {
                    lost(run, next);
                    return;
                }
                written = writer.submit(() -> jobs.commitChunk(run.id(), name, chunk.last(), chunk.households().size(), changes, tally.counts()));
                done += chunk.households().size();
            }
            if (!written.get()) {
                lost(run, next);
                return;
            }
            if (jobs.finish(run.id(), name)) {
                LOG.infof("what-if run %s done: %d households in %d ms", run.id(), done, (System.nanoTime() - started) / 1_000_000);
            }
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.errorf(cause, "what-if run %s failed after %d households", run.id(), done);
            if (next != null) {
                next.cancel(true);
            }
            jobs.fail(run.id(), name, "stopped by an error at " + Instant.now() + "; the service log has the details");
        }
    }

    private static void lost(WhatIfRepository.Run run, Future<Chunk> next) {
        next.cancel(true);
        LOG.warnf("what-if run %s was taken over by another worker; stopping here", run.id());
    }

    private Chunk read(UUID after) {
        List<RegisteredHousehold> chunk = households.registeredAfter(after, config.chunkSize());
        return new Chunk(chunk, chunk.isEmpty() ? Map.of() : jobs.currentStatuses(chunk.get(0).id(), chunk.get(chunk.size() - 1).id()));
    }

    /** The same default as the classification card: a commune without an area type is rural. */
    private AreaType areaType(String communeCode) {
        return areas.find(communeCode).map(AreaDto::areaType).orElse(AreaType.RURAL);
    }

    private static HouseholdFacts facts(RegisteredHousehold h) {
        List<HouseholdFacts.Person> people = new ArrayList<>(h.members().size());
        for (RegisteredHousehold.Member m : h.members()) {
            people.add(new HouseholdFacts.Person(null, m.dateOfBirth(), m.sex(), m.employment(), m.labourContract(), m.disability(),
                    m.schoolAttendance(), m.educationLevel(), m.healthInsuranceCardNumber(), m.healthInsuranceExpiry()));
        }
        return new HouseholdFacts(people, h.floorAreaM2(), h.wallMaterial(), h.columnMaterial(), h.roofMaterial(), h.waterSource(),
                h.latrineType(), h.usesTelecom(), Set.copyOf(h.devices()), h.hearsLoudspeaker());
    }
}
