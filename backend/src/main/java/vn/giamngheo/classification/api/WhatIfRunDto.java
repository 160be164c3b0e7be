package vn.giamngheo.classification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.WhatIfState;

@Schema(name = "WhatIfRun", requiredProperties = {"id", "state", "standardCode", "referenceDate", "thresholds", "deprivationCutoff",
        "requestedBy", "requestedAt", "householdsProcessed", "totals", "communes"},
        description = "A what-if re-classification of the whole registry and what it found so far: every registered household "
                + "classified under the standard (with the draft's numbers) and compared with its current status (the end "
                + "status of its latest consolidated review; NOT_POOR without one). Counts grow while the run is RUNNING.")
public record WhatIfRunDto(
        UUID id,
        @Schema(examples = "RUNNING") WhatIfState state,
        @Schema(examples = "ND351_2025") String standardCode,
        LocalDate referenceDate,
        @Schema(description = "The draft as requested; null when the standard is used as it is") WhatIfDraftDto draft,
        @Schema(description = "The lines the run classifies with: the standard's, with the draft's applied") List<ThresholdDto> thresholds,
        @Schema(description = "The deprivation cutoff the run classifies with", examples = "3") int deprivationCutoff,
        @Schema(examples = "huyen.lan") String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Registered households when the run started; null until then", examples = "35012") Integer householdsTotal,
        @Schema(examples = "20000") int householdsProcessed,
        @Schema(description = "The communes below added up") WhatIfCountsDto totals,
        @Schema(description = "Per commune of the caller's area, in code order") List<WhatIfCountsDto> communes,
        @Schema(description = "Why the run failed") String error) {
}
