package vn.giamngheo.benefit.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.RepaymentStatus;

@Schema(name = "Entitlement", requiredProperties = {"id", "programCode", "ruleCode", "householdId", "communeCode", "validFrom", "state",
        "createdAt", "createdBy", "updatedAt", "updatedBy", "events"},
        description = "What a person (memberId set) or a household is entitled to under one rule, its fulfilment and its history.")
public record EntitlementDto(
        UUID id,
        @Schema(examples = "HEALTH_INSURANCE") String programCode,
        @Schema(examples = "HI_POOR") String ruleCode,
        UUID householdId,
        @Schema(examples = "29956") String communeCode,
        UUID memberId,
        UUID personId,
        @Schema(examples = "Nguyễn Văn An") String fullName,
        @Schema(examples = "100") BigDecimal supportRatePercent,
        Long amountCapVnd,
        Long monthlyAmountVnd,
        LocalDate validFrom,
        @Schema(description = "Inclusive; absent while it lasts until the next frozen status") LocalDate validTo,
        EntitlementState state,
        @Schema(examples = "HN4878712345678") String cardNumber,
        LocalDate cardValidFrom,
        LocalDate cardValidTo,
        Long loanAmountVnd,
        RepaymentStatus repaymentStatus,
        Boolean employedAfter,
        LocalDate endedOn,
        @Schema(examples = "No rule grants it on 2026-03-01 (household status NOT_POOR)") String endReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        List<EntitlementEventDto> events) {
}
