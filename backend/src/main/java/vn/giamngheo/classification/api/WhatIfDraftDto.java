package vn.giamngheo.classification.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.domain.AreaType;

@Schema(name = "WhatIfDraft", description = "Draft numbers for one run: new lines per area type and a new deprivation cutoff. "
        + "Only these numbers change, only for the run; the standard's rule, indicators and middle-income band stay, and the "
        + "standard itself is not touched.")
public record WhatIfDraftDto(
        @Size(max = 2) @Schema(nullable = true, description = "At most one entry per area type")
        List<@NotNull @Valid Line> thresholds,
        @Min(1) @Max(20) @Schema(nullable = true, description = "Deprivations from which an income-poor household is poor; "
                + "at most the standard's number of indicators", examples = "2") Integer deprivationCutoff) {

    @Schema(name = "WhatIfDraftLine", requiredProperties = {"areaType"},
            description = "New lines for one area type; a field left out keeps the standard's value.")
    public record Line(
            @NotNull AreaType areaType,
            @Positive @Max(1_000_000_000L) @Schema(nullable = true, examples = "2500000") Long povertyLineVnd,
            @Positive @Max(1_000_000_000L) @Schema(nullable = true, description = "Only for a standard with a band above the line "
                    + "where deprivations decide (Decision 59/2015)", examples = "1200000") Long nearPoorCeilingVnd) {
    }
}
