package vn.giamngheo.benefit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An entitlement the rules give: the rule that granted it, to whom, how much, and for how long (validTo null: open). */
public record Grant(String programCode, String ruleCode, UUID householdId, UUID memberId, UUID personId, UUID statusRecordId,
                   BigDecimal supportRatePercent, Long amountCapVnd, Long monthlyAmountVnd, LocalDate validFrom, LocalDate validTo) {

    /** The person, or the household for a household's entitlement: at most one live entitlement per program each. */
    public UUID subject() {
        return personId != null ? personId : householdId;
    }
}
