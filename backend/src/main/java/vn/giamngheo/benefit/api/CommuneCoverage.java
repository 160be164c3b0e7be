package vn.giamngheo.benefit.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommuneCoverage", requiredProperties = {"communeCode", "communeName", "entitled", "requested", "denominator", "fulfilled",
        "unfulfilled", "noLongerEntitled", "coveragePercent", "meetsTarget"},
        description = "A commune's (or the scope's total) coverage of one program today. `entitled` counts live entitlements valid today, "
                + "`requested` those of them asked for, enrolled or fulfilled; `denominator` is the one the program's basis names; "
                + "`unfulfilled` = denominator − fulfilled.")
public record CommuneCoverage(
        @Schema(examples = "29956", description = "Null on the total row") String communeCode,
        @Schema(examples = "Xã Thường Phước 1", description = "\"Tổng\" on the total row") String communeName,
        @Schema(examples = "412") long entitled,
        @Schema(examples = "30", description = "Entitled and asked for (state REQUESTED, ENROLLED or FULFILLED)") long requested,
        @Schema(examples = "412", description = "Whom coverage is measured against: `entitled` for ALL_ENTITLED, `requested` for REQUESTED") long denominator,
        @Schema(examples = "398", description = "Counted and fulfilled: a card valid today, a loan disbursed, a course completed") long fulfilled,
        @Schema(examples = "14") long unfulfilled,
        @Schema(examples = "3", description = "Ended entitlements whose card or loan is still in force") long noLongerEntitled,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER, nullable = true, examples = "96.6",
                description = "fulfilled / denominator in percent, one decimal (half up); null when the denominator is 0")
        BigDecimal coveragePercent,
        @Schema(nullable = true, description = "Whether the exact ratio reaches the target; null without a target or a denominator")
        Boolean meetsTarget) {
}
