package vn.giamngheo.benefit.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.giamngheo.household.domain.HealthInsuranceCard;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.RepaymentStatus;
import vn.giamngheo.benefit.domain.Step;

@Schema(name = "EntitlementStep", requiredProperties = {"step", "occurredOn"},
        description = "A fulfilment step recorded by an office without an integration. FULFILLED of health insurance needs the card "
                + "(number, validity); ENROLLED and FULFILLED of a loan need amountVnd (approved, disbursed); REPAYMENT needs "
                + "repaymentStatus; REVOKED needs a note.")
public record StepRequest(
        @NotNull Step step,
        @NotNull LocalDate occurredOn,
        @Pattern(regexp = HealthInsuranceCard.PATTERN, message = HealthInsuranceCard.PATTERN_MESSAGE)
        @Schema(description = "15 characters: the 2-letter beneficiary group code and 13 digits, as on the member's record",
                examples = "HN4878712345678") String cardNumber,
        LocalDate cardValidFrom,
        LocalDate cardValidTo,
        @Positive @Schema(examples = "30000000") Long amountVnd,
        RepaymentStatus repaymentStatus,
        @Size(max = 300) @Schema(examples = "Đã cấp thẻ tại UBND xã") String note) {

    public Step.Facts facts() {
        return new Step.Facts(occurredOn, cardNumber, cardValidFrom, cardValidTo, amountVnd, repaymentStatus, note);
    }
}
