package vn.giamngheo.partner.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.RepaymentStatus;
import vn.giamngheo.classification.domain.PovertyStatus;

/**
 * What the bank needs to lend: the household, its standing and the program's terms. No health data, no income or
 * deprivations, no citizen ids: the bank identifies the borrower from the card presented when the contract is signed.
 */
@Schema(name = "EligibleHousehold", requiredProperties = {"entitlementId", "programCode", "householdId", "householdCode", "headName",
        "communeCode", "hamletCode", "status", "validFrom", "state"},
        description = "A household one of the bank's loan programs grants, with the rule's cap and rate")
public record EligibleHousehold(
        @Schema(description = "Name it in loan events") UUID entitlementId,
        @Schema(examples = "LOAN_ESCAPED") String programCode,
        UUID householdId,
        @Schema(examples = "29956-000123") String householdCode,
        @Schema(examples = "Nguyễn Văn An") String headName,
        @Schema(examples = "29956") String communeCode,
        @Schema(examples = "Xã Thường Thới Tiền") String communeName,
        @Schema(examples = "29956-01") String hamletCode,
        @Schema(examples = "Ấp 1") String hamletName,
        @Schema(description = "The latest frozen status") PovertyStatus status,
        @Schema(description = "The day it left the poor or near-poor list (the 36-month window counts from it); only for a household "
                + "on neither list now") LocalDate escapedOn,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(examples = "100000000") Long amountCapVnd,
        @Schema(description = "Monthly cap per student (student loans)", examples = "4000000") Long monthlyAmountVnd,
        @Schema(examples = "8.25") BigDecimal interestRatePercent,
        EntitlementState state,
        @Schema(description = "Approved or disbursed amount the bank reported") Long loanAmountVnd,
        RepaymentStatus repaymentStatus) {
}
