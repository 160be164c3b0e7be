package vn.giamngheo.benefit.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.Sex;

/** What the insurer needs to issue a card, and nothing more: no income, deprivation, disability or loan data. */
@Schema(name = "InsuranceChange", requiredProperties = {"cursor", "change", "entitlementId", "personId", "memberId", "fullName", "dateOfBirth",
        "sex", "householdCode", "communeCode", "supportRatePercent", "validFrom", "state"},
        description = "A person's premium support as it changed: NEW, CHANGED (validity or rate) or ENDED (then endedOn is set)")
public record InsuranceChange(
        @Schema(description = "Pass as cursor to read the changes after this one", examples = "1042") String cursor,
        @Schema(enumeration = {"NEW", "CHANGED", "ENDED"}) String change,
        UUID entitlementId,
        UUID personId,
        UUID memberId,
        @Schema(examples = "Nguyễn Văn An") String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        @Schema(description = "Needed to issue the card; absent for a child without one", examples = "087078001234") String citizenId,
        @Schema(examples = "29956-000123") String householdCode,
        @Schema(examples = "29956") String communeCode,
        @Schema(examples = "70") BigDecimal supportRatePercent,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(enumeration = {"ELIGIBLE", "REQUESTED", "ENROLLED", "FULFILLED", "EXPIRED", "REVOKED"}) String state,
        LocalDate endedOn) {
}
