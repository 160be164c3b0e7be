package vn.giamngheo.classification.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WhatIfRunCreate", requiredProperties = {"standardCode"},
        description = "Re-classify every registered household under this standard, optionally with draft numbers.")
public record WhatIfRunCreate(
        @NotNull @Size(max = 20) @Schema(examples = "ND351_2025") String standardCode,
        @Schema(nullable = true, description = "Ages, card validity and school attendance are judged on this date; defaults to today",
                examples = "2026-10-01") LocalDate referenceDate,
        @Valid @Schema(nullable = true, description = "Numbers to try instead of the standard's; leave out to use the standard as it is")
        WhatIfDraftDto draft) {
}
