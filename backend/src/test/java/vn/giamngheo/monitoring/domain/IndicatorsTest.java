package vn.giamngheo.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    @Test
    void rateIsShareOfHouseholdsInPercentWithTwoDecimalsRoundedHalfUp() {
        assertThat(Indicators.ratePercent(1, 3)).isEqualTo(33.33);
        assertThat(Indicators.ratePercent(2, 3)).isEqualTo(66.67);
        assertThat(Indicators.ratePercent(1, 8)).isEqualTo(12.5);
        // 0.125 % rounds up to 0.13
        assertThat(Indicators.ratePercent(1, 800)).isEqualTo(0.13);
        assertThat(Indicators.ratePercent(5, 5)).isEqualTo(100.0);
    }

    @Test
    void rateOfACommuneWithoutHouseholdsIsZero() {
        assertThat(Indicators.ratePercent(0, 0)).isZero();
        assertThat(Indicators.ratePercent(3, 0)).isZero();
    }

    @Test
    void changeIsInPercentagePointsAndNegativeWhenTheRateFell() {
        assertThat(Indicators.changePp(3.12, 2.41)).isEqualTo(-0.71);
        assertThat(Indicators.changePp(2.0, 2.5)).isEqualTo(0.5);
        // no floating-point residue: 0.3 - 0.1 is exactly 0.2 here
        assertThat(Indicators.changePp(0.1, 0.3)).isEqualTo(0.2);
    }

    @Test
    void aFallOfAtLeastSixTenthsOfAPointMeetsThePlansTarget() {
        assertThat(Indicators.meetsChangeTarget(-0.6, Indicators.TARGET_CHANGE_PP)).isTrue();
        assertThat(Indicators.meetsChangeTarget(-1.2, Indicators.TARGET_CHANGE_PP)).isTrue();
        assertThat(Indicators.meetsChangeTarget(-0.59, Indicators.TARGET_CHANGE_PP)).isFalse();
        assertThat(Indicators.meetsChangeTarget(0.3, Indicators.TARGET_CHANGE_PP)).isFalse();
    }

    @Test
    void coverageIsServedOverToServeAndUndefinedWhenNobodyIsToBeServed() {
        assertThat(Indicators.coveragePercent(193, 200)).isEqualTo(96.5);
        assertThat(Indicators.coveragePercent(200, 200)).isEqualTo(100.0);
        assertThat(Indicators.coveragePercent(0, 0)).isNull();
        // more served than counted (a card issued to a member who since left) never shows above 100 %
        assertThat(Indicators.coveragePercent(12, 10)).isEqualTo(100.0);
    }

    @Test
    void coverageMeetsTheTargetOnlyAtOneHundredPercentOrWithNothingToCover() {
        assertThat(Indicators.meetsCoverage(100.0, 100)).isTrue();
        assertThat(Indicators.meetsCoverage(99.99, 100)).isFalse();
        assertThat(Indicators.meetsCoverage(null, 100)).isTrue();
    }

    @Test
    void aTypedNumberDiffersFromTheRegistryOnlyWhenBothAreKnownAndUnequal() {
        assertThat(Indicators.differs(new BigDecimal("12"), new BigDecimal("12.00"))).isFalse();
        assertThat(Indicators.differs(new BigDecimal("13"), new BigDecimal("12"))).isTrue();
        assertThat(Indicators.differs(null, new BigDecimal("12"))).isFalse();
        assertThat(Indicators.differs(new BigDecimal("12"), null)).isFalse();
    }

    @Test
    void registryFiguresBecomeIndicatorsWithRatesFromTheCounts() {
        RegistryFigures f = new RegistryFigures(400, 10, 14, 3, 2, 1, 4, 1, Map.of("SANITATION", 7L), 80, 76, 9, 8, 240_000_000, 5, 4, 2);
        Map<String, BigDecimal> v = f.values();
        assertThat(v.get("HOUSEHOLDS")).isEqualByComparingTo("400");
        assertThat(v.get("POOR_RATE")).isEqualByComparingTo("2.5");
        assertThat(v.get("NEAR_POOR_RATE")).isEqualByComparingTo("3.5");
        assertThat(v.get("ESCAPED_POVERTY")).isEqualByComparingTo("3");
        assertThat(v.get("DEPRIVED_SANITATION")).isEqualByComparingTo("7");
        assertThat(v.get("LOAN_DISBURSED_VND")).isEqualByComparingTo("240000000");
        assertThat(v.get("EMPLOYED_AFTER_TRAINING")).isEqualByComparingTo("2");
    }

    @Test
    void districtFiguresAddCountsAndRecomputeRatesInsteadOfAddingThem() {
        RegistryFigures a = new RegistryFigures(100, 5, 0, 0, 0, 0, 0, 0, Map.of("SANITATION", 2L), 0, 0, 0, 0, 0, 0, 0, 0);
        RegistryFigures b = new RegistryFigures(300, 3, 0, 0, 0, 0, 0, 0, Map.of("SANITATION", 1L, "HOUSING_AREA", 4L), 0, 0, 0, 0, 0, 0, 0, 0);
        Map<String, BigDecimal> v = a.plus(b).values();
        assertThat(v.get("POOR_HOUSEHOLDS")).isEqualByComparingTo("8");
        // 8 of 400 = 2 %, not 5 % + 1 %
        assertThat(v.get("POOR_RATE")).isEqualByComparingTo("2");
        assertThat(v.get("DEPRIVED_SANITATION")).isEqualByComparingTo("3");
        assertThat(v.get("DEPRIVED_HOUSING_AREA")).isEqualByComparingTo("4");
    }

    @Test
    void disbursedShareOfABudgetLine() {
        assertThat(new BudgetLine("P2", "NTP_POVERTY", 250_000_000, 120_000_000).disbursedPercent()).isEqualTo(48.0);
        assertThat(new BudgetLine("P2", "NTP_POVERTY", 0, 0).disbursedPercent()).isNull();
    }
}
