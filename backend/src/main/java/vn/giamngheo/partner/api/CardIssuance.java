package vn.giamngheo.partner.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.HealthInsuranceCard;

@Schema(name = "CardIssuance", requiredProperties = {"entitlementId", "cardNumber", "validFrom", "validTo", "supportRatePercent"},
        description = "A health-insurance card issued for a premium-support entitlement. The rate must be the entitlement's and the "
                + "validity must overlap its period.")
public record CardIssuance(
        @NotNull @Schema(description = "From the insurance feed") UUID entitlementId,
        @NotNull @Pattern(regexp = HealthInsuranceCard.PATTERN, message = HealthInsuranceCard.PATTERN_MESSAGE)
        @Schema(description = "15 characters: the 2-letter beneficiary group code and 13 digits", examples = "HN4878712345678") String cardNumber,
        @NotNull @Schema(examples = "2026-01-01") LocalDate validFrom,
        @NotNull @Schema(examples = "2026-12-31") LocalDate validTo,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Schema(examples = "100") BigDecimal supportRatePercent) {
}
