package vn.giamngheo.classification.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.PovertyStatus;

@Schema(name = "WhatIfCounts", requiredProperties = {"households", "classified", "unclassifiable", "unchanged", "changed", "moves"},
        description = "Households of a commune (or of all the caller's communes) in a what-if run: households = classified + "
                + "unclassifiable (no income recorded, so not classified); classified = unchanged + changed; the moves add up to changed.")
public record WhatIfCountsDto(
        @Schema(description = "Null in the totals", examples = "29956") String communeCode,
        @Schema(examples = "Xã Thường Phước 1") String communeName,
        @Schema(examples = "3850") long households,
        @Schema(examples = "3790") long classified,
        @Schema(examples = "60") long unclassifiable,
        @Schema(examples = "3100") long unchanged,
        @Schema(examples = "690") long changed,
        @Schema(description = "Changed households by move, poor first") List<Move> moves) {

    @Schema(name = "WhatIfMove", requiredProperties = {"fromStatus", "toStatus", "households"})
    public record Move(@Schema(examples = "NOT_POOR") PovertyStatus fromStatus, @Schema(examples = "NEAR_POOR") PovertyStatus toStatus,
                       @Schema(examples = "512") long households) {
    }
}
