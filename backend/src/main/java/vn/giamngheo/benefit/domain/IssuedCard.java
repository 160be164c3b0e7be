package vn.giamngheo.benefit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** A health-insurance card as Social Insurance reports it issued: the support rate it carries and its validity. */
public record IssuedCard(BigDecimal supportRatePercent, LocalDate validFrom, LocalDate validTo) {

    /**
     * Why the card cannot fulfil an entitlement with this rate and period: another rate, or a validity that does not
     * overlap the period (cards run per calendar year, so they may start before the decision that grants them).
     */
    public Optional<Step.Problem> mismatch(BigDecimal entitledRate, LocalDate entitledFrom, LocalDate entitledTo) {
        if (entitledRate == null || entitledRate.compareTo(supportRatePercent) != 0) {
            return Optional.of(new Step.Problem("supportRatePercent", "SUPPORT_RATE_MISMATCH",
                    "the entitlement's support rate is " + (entitledRate == null ? "none" : entitledRate.stripTrailingZeros().toPlainString() + " %")));
        }
        if (validFrom != null && validTo != null
                && (validTo.isBefore(entitledFrom) || (entitledTo != null && validFrom.isAfter(entitledTo)))) {
            return Optional.of(new Step.Problem("validFrom", "OUTSIDE_ENTITLEMENT_PERIOD",
                    "the card's validity does not overlap the entitlement's " + entitledFrom + " – " + (entitledTo == null ? "" : entitledTo)));
        }
        return Optional.empty();
    }
}
