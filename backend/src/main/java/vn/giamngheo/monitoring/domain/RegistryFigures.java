package vn.giamngheo.monitoring.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the registry knows for one commune (or the district): households and the frozen statuses of the latest
 * consolidated review, the transitions into them, the deprivation profile of the poor and near-poor, and benefit
 * delivery from the entitlements. {@link #values()} turns them into report indicators by code.
 *
 * @param deprived households (poor or near-poor) deprived per indicator code of the standard
 */
public record RegistryFigures(long households, long poor, long nearPoor, long escapedPoverty, long escapedNearPoverty,
                              long newlyPoor, long newlyNearPoor, long rePoor, Map<String, Long> deprived,
                              long hiEntitled, long hiCardsIssued, long loanRequests, long loanBorrowers, long loanDisbursedVnd,
                              long trainingRequests, long trainees, long employedAfterTraining) {

    public static final RegistryFigures NONE = new RegistryFigures(0, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0, 0, 0, 0, 0);

    public RegistryFigures {
        deprived = Map.copyOf(deprived);
    }

    /** Indicator code → value; rates follow {@link Indicators#ratePercent}. */
    public Map<String, BigDecimal> values() {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("HOUSEHOLDS", n(households));
        v.put("POOR_HOUSEHOLDS", n(poor));
        v.put("POOR_RATE", BigDecimal.valueOf(Indicators.ratePercent(poor, households)));
        v.put("NEAR_POOR_HOUSEHOLDS", n(nearPoor));
        v.put("NEAR_POOR_RATE", BigDecimal.valueOf(Indicators.ratePercent(nearPoor, households)));
        v.put("ESCAPED_POVERTY", n(escapedPoverty));
        v.put("ESCAPED_NEAR_POVERTY", n(escapedNearPoverty));
        v.put("NEWLY_POOR", n(newlyPoor));
        v.put("NEWLY_NEAR_POOR", n(newlyNearPoor));
        v.put("RE_POOR", n(rePoor));
        new TreeMap<>(deprived).forEach((code, count) -> v.put("DEPRIVED_" + code, n(count)));
        v.put("HI_ENTITLED", n(hiEntitled));
        v.put("HI_CARDS_ISSUED", n(hiCardsIssued));
        v.put("LOAN_REQUESTS", n(loanRequests));
        v.put("LOAN_BORROWERS", n(loanBorrowers));
        v.put("LOAN_DISBURSED_VND", n(loanDisbursedVnd));
        v.put("TRAINING_REQUESTS", n(trainingRequests));
        v.put("TRAINEES", n(trainees));
        v.put("EMPLOYED_AFTER_TRAINING", n(employedAfterTraining));
        return v;
    }

    /** The sum of two units' figures (communes into the district); rates are recomputed from the sums, never added. */
    public RegistryFigures plus(RegistryFigures o) {
        Map<String, Long> d = new TreeMap<>(deprived);
        o.deprived.forEach((k, n) -> d.merge(k, n, Long::sum));
        return new RegistryFigures(households + o.households, poor + o.poor, nearPoor + o.nearPoor, escapedPoverty + o.escapedPoverty,
                escapedNearPoverty + o.escapedNearPoverty, newlyPoor + o.newlyPoor, newlyNearPoor + o.newlyNearPoor, rePoor + o.rePoor, d,
                hiEntitled + o.hiEntitled, hiCardsIssued + o.hiCardsIssued, loanRequests + o.loanRequests, loanBorrowers + o.loanBorrowers,
                loanDisbursedVnd + o.loanDisbursedVnd, trainingRequests + o.trainingRequests, trainees + o.trainees,
                employedAfterTraining + o.employedAfterTraining);
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }
}
