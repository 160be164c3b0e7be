package vn.giamngheo.benefit.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.Coverage;
import vn.giamngheo.benefit.domain.ReconciliationFinding;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.RepaymentStatus;

@Schema(name = "ReconciliationItem", requiredProperties = {"entitlementId", "finding", "programCode", "ruleCode", "householdId", "householdCode",
        "communeCode", "state", "validFrom"},
        description = "An entitlement the board lists: entitled without fulfilment, or fulfilled but no longer entitled. No identity or card numbers.")
public record ReconciliationItem(
        UUID entitlementId,
        ReconciliationFinding finding,
        @Schema(examples = "HEALTH_INSURANCE") String programCode,
        @Schema(examples = "HI_POOR") String ruleCode,
        UUID householdId,
        @Schema(examples = "29956-000123") String householdCode,
        @Schema(examples = "29956") String communeCode,
        @Schema(description = "The member, for a person's entitlement") UUID memberId,
        @Schema(examples = "Nguyễn Văn An") String fullName,
        EntitlementState state,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "When the FULFILLED step happened (card issued, loan disbursed…)") LocalDate fulfilledOn,
        LocalDate endedOn,
        @Schema(examples = "No rule grants it on 2026-01-05 (household status NOT_POOR, or the person left the household)") String endReason,
        @Schema(description = "Last day of the health-insurance card") LocalDate cardValidTo,
        RepaymentStatus repaymentStatus) {
}
