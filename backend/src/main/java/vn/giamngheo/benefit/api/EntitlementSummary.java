package vn.giamngheo.benefit.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.EntitlementState;

@Schema(name = "EntitlementSummary", requiredProperties = {"id", "programCode", "ruleCode", "householdId", "householdCode", "communeCode",
        "validFrom", "state", "employedAfter"}, description = "An entitlement in a list: no identity or card numbers")
public record EntitlementSummary(UUID id, @Schema(examples = "HEALTH_INSURANCE") String programCode, @Schema(examples = "HI_POOR") String ruleCode,
                                 UUID householdId, @Schema(examples = "29956-000123") String householdCode,
                                 @Schema(examples = "29956") String communeCode, UUID memberId,
                                 @Schema(examples = "Nguyễn Văn An") String fullName, BigDecimal supportRatePercent,
                                 LocalDate validFrom, LocalDate validTo, EntitlementState state,
                                 @Schema(description = "Employed after a completed course (vocational training); false otherwise")
                                 boolean employedAfter) {
}
