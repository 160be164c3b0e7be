package vn.giamngheo.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The formulas behind every figure of a report and the dashboard (DOMAIN §5.3): rates as a share of all households
 * in percent with two decimals, changes in percentage points, coverage against the plan's 100 %.
 */
public final class Indicators {
    /** The district plan: the poverty rate falls by 0.6 percentage points a year. */
    public static final double TARGET_CHANGE_PP = -0.6;
    /** The plan's coverage targets (health insurance, loans to those who ask, training to those who want it). */
    public static final double TARGET_COVERAGE_PERCENT = 100;

    private Indicators() {
    }

    /** {@code count / households × 100}, two decimals (half up); 0 for a commune without households. */
    public static double ratePercent(long count, long households) {
        if (households <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(households), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The change from one rate to the next in percentage points (negative: the rate fell), two decimals. */
    public static double changePp(double rateBefore, double rateAfter) {
        return BigDecimal.valueOf(rateAfter).subtract(BigDecimal.valueOf(rateBefore)).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A fall of at least the target's size (change ≤ −0.6 pp) meets it. */
    public static boolean meetsChangeTarget(double changePp, double targetPp) {
        return changePp <= targetPp;
    }

    /**
     * The share of those who should be served that were served, in percent with two decimals; null when nobody is to be
     * served (no poor members, nobody asked for a loan or training), which is not a shortfall.
     */
    public static Double coveragePercent(long served, long toServe) {
        if (toServe <= 0) {
            return null;
        }
        return BigDecimal.valueOf(Math.min(served, toServe) * 100L).divide(BigDecimal.valueOf(toServe), 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** Meets the coverage target; nothing to cover meets it. */
    public static boolean meetsCoverage(Double coveragePercent, double targetPercent) {
        return coveragePercent == null || coveragePercent >= targetPercent;
    }

    /** Whether a number the unit typed disagrees with the registry's; never when either is unknown. */
    public static boolean differs(BigDecimal typed, BigDecimal registry) {
        return typed != null && registry != null && typed.compareTo(registry) != 0;
    }
}
