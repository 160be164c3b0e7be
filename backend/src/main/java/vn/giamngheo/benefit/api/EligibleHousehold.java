package vn.giamngheo.benefit.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.PovertyStatus;

/** What the bank needs to lend: the household and its standing; no member health data, no income or deprivations. */
@Schema(name = "EligibleHousehold", requiredProperties = {"cursor", "entitlementId", "programCode", "ruleCode", "householdId", "householdCode",
        "headName", "communeCode", "status", "validFrom", "state"},
        description = "A household a loan program grants, with the rule's cap and rate")
public record EligibleHousehold(
        @Schema(description = "Pass as cursor to read the households after this one") String cursor,
        UUID entitlementId,
        @Schema(examples = "LOAN_ESCAPED") String programCode,
        @Schema(examples = "LOAN_ESCAPED") String ruleCode,
        UUID householdId,
        @Schema(examples = "29956-000123") String householdCode,
        @Schema(examples = "Nguyễn Văn An") String headName,
        @Schema(examples = "29956") String communeCode,
        @Schema(description = "The latest frozen status") PovertyStatus status,
        @Schema(description = "The day it left the poor or near-poor list, for the 36-month window") LocalDate escapedOn,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(examples = "100000000") Long amountCapVnd,
        @Schema(examples = "4000000") Long monthlyAmountVnd,
        @Schema(examples = "8.25") BigDecimal interestRatePercent,
        @Schema(enumeration = {"ELIGIBLE", "REQUESTED", "ENROLLED", "FULFILLED"}) String state,
        Long loanAmountVnd,
        @Schema(enumeration = {"ON_TIME", "OVERDUE", "REPAID"}) String repaymentStatus) {
}
