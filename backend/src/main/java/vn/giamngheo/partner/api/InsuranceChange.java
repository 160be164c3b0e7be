package vn.giamngheo.partner.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.household.domain.Sex;
import vn.giamngheo.partner.domain.ChangeKind;

/** What the insurer needs to issue a card, and nothing more: no income, deprivation, disability, loan or other program data. */
@Schema(name = "InsuranceChange", requiredProperties = {"entitlementId", "change", "personId", "memberId", "fullName", "dateOfBirth", "sex",
        "householdCode", "communeCode", "supportRatePercent", "validFrom", "state"},
        description = "A person's health-insurance premium support as it stands after its latest change: NEW, CHANGED (validity, "
                + "rate or state) or ENDED (then endedOn is set and the card should not be renewed)")
public record InsuranceChange(
        UUID entitlementId,
        ChangeKind change,
        @Schema(description = "The person, the same across households") UUID personId,
        @Schema(description = "The person's membership in the household the support was derived from") UUID memberId,
        @Schema(examples = "Nguyễn Văn An") String fullName,
        @Schema(examples = "1978-04-12") LocalDate dateOfBirth,
        Sex sex,
        @Schema(description = "12-digit citizen id, needed to issue the card; absent for a child who has none", examples = "087078001234")
        String citizenId,
        @Schema(examples = "29956-000123") String householdCode,
        @Schema(examples = "29956") String communeCode,
        @Schema(description = "Share of the premium the state pays", examples = "100") BigDecimal supportRatePercent,
        @Schema(examples = "2025-03-27") LocalDate validFrom,
        @Schema(description = "Last day of the support; absent when open-ended", examples = "2026-12-31") LocalDate validTo,
        EntitlementState state,
        @Schema(description = "When the support ended (state EXPIRED or REVOKED)") LocalDate endedOn) {
}
