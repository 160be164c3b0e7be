package vn.giamngheo.classification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.classification.domain.WhatIfTally;
import vn.giamngheo.classification.persistence.PovertyStandardRepository;
import vn.giamngheo.classification.persistence.WhatIfRepository;
import vn.giamngheo.household.service.HouseholdService;

/** The transactions of a what-if run, for {@link WhatIfWorker}: claim, chunk by chunk, finish. */
@ApplicationScoped
public class WhatIfJobService {
    private final WhatIfRepository runs;
    private final PovertyStandardRepository standards;
    private final HouseholdService households;
    private final WhatIfConfig config;
    private final ObjectMapper json;

    WhatIfJobService(WhatIfRepository runs, PovertyStandardRepository standards, HouseholdService households, WhatIfConfig config,
                     ObjectMapper json) {
        this.runs = runs;
        this.standards = standards;
        this.households = households;
        this.config = config;
        this.json = json;
    }

    @Transactional
    public Optional<WhatIfRepository.Run> claimNext(String worker) {
        runs.failAbandoned(config.staleAfter(), config.maxAttempts());
        return runs.claimNext(worker, config.staleAfter(), config.maxAttempts());
    }

    /** The standard the run classifies with; on the first claim, also the number of households to go through. */
    @Transactional
    public PovertyStandard start(WhatIfRepository.Run run) {
        if (run.householdsTotal() == null) {
            runs.setTotal(run.id(), households.countRegistered());
        }
        return WhatIfSettings.standard(run, WhatIfSettings.draft(run, json), standards.findAll());
    }

    @Transactional
    public Map<UUID, PovertyStatus> currentStatuses(UUID first, UUID last) {
        return runs.currentStatuses(first, last);
    }

    /** A chunk's outcome and the cursor past it, all or nothing; false when another worker has taken the run over. */
    @Transactional
    public boolean commitChunk(UUID runId, String worker, UUID cursor, int households, List<WhatIfRepository.Change> changes,
                               List<WhatIfTally.Count> counts) {
        runs.commitWithoutWaitingForDisk();
        if (!runs.advance(runId, worker, cursor, households)) {
            return false;
        }
        runs.insertChanges(runId, changes);
        runs.addTallies(runId, counts);
        return true;
    }

    @Transactional
    public boolean finish(UUID runId, String worker) {
        return runs.finish(runId, worker);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(UUID runId, String worker, String error) {
        runs.fail(runId, worker, error);
    }

    @Transactional
    public void release(UUID runId, String worker) {
        runs.release(runId, worker);
    }
}
