package vn.giamngheo.classification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.WhatIfState;

@Schema(name = "WhatIfRunSummary", requiredProperties = {"id", "state", "standardCode", "referenceDate", "withDraft", "requestedBy",
        "requestedAt", "householdsProcessed", "householdsChanged"}, description = "A row of the list of what-if runs.")
public record WhatIfRunSummary(
        UUID id,
        WhatIfState state,
        @Schema(examples = "ND351_2025") String standardCode,
        LocalDate referenceDate,
        @Schema(description = "The run tried draft numbers") boolean withDraft,
        @Schema(examples = "huyen.lan") String requestedBy,
        Instant requestedAt,
        Instant finishedAt,
        Integer householdsTotal,
        int householdsProcessed,
        @Schema(description = "In the caller's area", examples = "6120") long householdsChanged) {
}
