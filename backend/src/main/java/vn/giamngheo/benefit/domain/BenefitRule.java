package vn.giamngheo.benefit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One row of a program's rule pack: who is granted (household standing, person conditions), what (rate, caps),
 * for how long, and the legal text it comes from. Values the sources did not confirm are named in {@code unconfirmed}.
 */
public record BenefitRule(String code, String programCode, String legalCitation, LocalDate validFrom, LocalDate validTo,
                          Target target, Set<EligibilityStatus> statuses, Integer minAgeYears, Integer maxAgeYears, Learner learner,
                          boolean requiresDisability, boolean requiresEthnicMinority, boolean derived,
                          BigDecimal supportRatePercent, BigDecimal provincialTopUpPercent, Long amountCapVnd, Long monthlyAmountVnd,
                          BigDecimal interestRatePercent, Integer escapeWindowMonths, Validity validity, boolean oncePerPerson,
                          int priority, Map<String, Object> terms, String note, Set<String> unconfirmed) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The state's share plus the province's top-up, never above 100 %. */
    public BigDecimal effectiveSupportRate() {
        if (supportRatePercent == null) {
            return null;
        }
        BigDecimal total = supportRatePercent.add(provincialTopUpPercent == null ? BigDecimal.ZERO : provincialTopUpPercent);
        return total.min(BigDecimal.valueOf(100)).stripTrailingZeros();
    }
}
