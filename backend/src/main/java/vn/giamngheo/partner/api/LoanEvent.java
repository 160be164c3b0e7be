package vn.giamngheo.partner.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.RepaymentStatus;
import vn.giamngheo.partner.domain.LoanEventKind;

@Schema(name = "LoanEvent", requiredProperties = {"entitlementId", "event", "occurredOn"},
        description = "What happened to a loan of a household's entitlement: APPLIED, APPROVED (amountVnd), DISBURSED (amountVnd, at "
                + "most the program's cap) or REPAYMENT (repaymentStatus, after the disbursement)")
public record LoanEvent(
        @NotNull @Schema(description = "From the eligible-households list") UUID entitlementId,
        @NotNull LoanEventKind event,
        @NotNull @PastOrPresent @Schema(examples = "2026-02-10") LocalDate occurredOn,
        @Positive @Schema(description = "Approved or disbursed amount", examples = "30000000") Long amountVnd,
        RepaymentStatus repaymentStatus) {
}
