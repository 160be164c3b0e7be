package vn.giamngheo.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reconciliation board: what fulfils, whom coverage counts, what is a finding (plan targets, DOMAIN.md §1 and §4). */
class CoverageTest {

    /**
     * Facts as letters, each present when true: L live, X expired, V valid today, R requested, F fulfilled,
     * C card valid today, P repaid, E entitled under another entitlement of the program.
     */
    private static Coverage.Facts facts(String letters) {
        return new Coverage.Facts(letters.contains("L"), letters.contains("X"), letters.contains("V"), letters.contains("R"),
                letters.contains("F"), letters.contains("C"), letters.contains("P"), letters.contains("E"));
    }

    @ParameterizedTest(name = "{0} {1}: entitled={2} counted={3} fulfilled={4} finding={5}")
    @CsvSource(nullValues = "-", value = {
            // health insurance: every entitled person counts; only a card valid today fulfils
            "HEALTH_INSURANCE, LV, true, true, false, UNFULFILLED",
            "HEALTH_INSURANCE, LVRF, true, true, false, UNFULFILLED",
            "HEALTH_INSURANCE, LVRFC, true, true, true, -",
            "HEALTH_INSURANCE, LVFC, true, true, true, -",
            // not valid today (starts later, or ran out before the recompute ended it): not on the board
            "HEALTH_INSURANCE, L, false, false, false, -",
            "HEALTH_INSURANCE, LFC, false, false, false, -",
            // ended with a card still valid: a card on a household that left the lists
            "HEALTH_INSURANCE, XFC, false, false, false, NO_LONGER_ENTITLED",
            // ... unless a new entitlement of the program covers the person (a new period, another rate)
            "HEALTH_INSURANCE, XFCE, false, false, false, -",
            "HEALTH_INSURANCE, XF, false, false, false, -",
            "HEALTH_INSURANCE, X, false, false, false, -",
            // revoked by a decision: not a finding
            "HEALTH_INSURANCE, FC, false, false, false, -",
            // loans: only households that asked count; disbursed fulfils; an unpaid loan outlives its entitlement
            "LOAN, LV, true, false, false, -",
            "LOAN, LVR, true, true, false, UNFULFILLED",
            "LOAN, LVRF, true, true, true, -",
            "LOAN, LVRFP, true, true, true, -",
            "LOAN, XF, false, false, false, NO_LONGER_ENTITLED",
            "LOAN, XFP, false, false, false, -",
            "LOAN, XFE, false, false, false, -",
            "LOAN, XR, false, false, false, -",
            // vocational training: those who want it; a completed course is spent when the entitlement ends
            "VOCATIONAL_TRAINING, LV, true, false, false, -",
            "VOCATIONAL_TRAINING, LVR, true, true, false, UNFULFILLED",
            "VOCATIONAL_TRAINING, LVRF, true, true, true, -",
            "VOCATIONAL_TRAINING, XF, false, false, false, -",
            // tuition, nutrition: everyone entitled counts, no target
            "EDUCATION, LV, true, true, false, UNFULFILLED",
            "EDUCATION, LVRF, true, true, true, -",
            "NUTRITION, XF, false, false, false, -",
            // activities grant nothing individual
            "ACTIVITY, LVRF, false, false, false, -"})
    void standingOfAnEntitlement(ProgramKind kind, String letters, boolean entitled, boolean counted, boolean fulfilled,
                                 ReconciliationFinding finding) {
        Coverage.Standing s = Coverage.standing(kind, facts(letters));
        assertThat(s.entitled()).as("entitled").isEqualTo(entitled);
        assertThat(s.counted()).as("counted").isEqualTo(counted);
        assertThat(s.fulfilled()).as("fulfilled").isEqualTo(fulfilled);
        assertThat(s.finding()).as("finding").isEqualTo(finding);
    }

    @ParameterizedTest(name = "{0}: basis {1}, target {2}")
    @CsvSource(nullValues = "-", value = {"HEALTH_INSURANCE, ALL_ENTITLED, 100", "LOAN, REQUESTED, 100", "VOCATIONAL_TRAINING, REQUESTED, 100",
            "EDUCATION, ALL_ENTITLED, -", "NUTRITION, ALL_ENTITLED, -", "ACTIVITY, ALL_ENTITLED, -"})
    void theDenominatorAndTargetFollowThePlan(ProgramKind kind, CoverageBasis basis, BigDecimal target) {
        assertThat(Coverage.basis(kind)).isEqualTo(basis);
        assertThat(Coverage.targetPercent(kind)).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0} of {1}: {2} %, target {3} met: {4}")
    @CsvSource(nullValues = "-", value = {
            "0, 0, -, 100, -", "3, 3, 100.0, 100, true", "2, 3, 66.7, 100, false", "1, 3, 33.3, 100, false",
            "1999, 2000, 100.0, 100, false", "1, 8, 12.5, 100, false", "1, 16, 6.3, 100, false", "0, 5, 0.0, 100, false",
            "5, 7, 71.4, -, -", "7, 10, 70.0, 70, true"})
    void percentHasOneDecimalAndTheTargetIsMetOnTheExactRatio(long fulfilled, long denominator, BigDecimal percent, BigDecimal target,
                                                             Boolean meets) {
        assertThat(Coverage.percent(fulfilled, denominator)).isEqualTo(percent);
        assertThat(Coverage.meetsTarget(target, fulfilled, denominator)).isEqualTo(meets);
    }

    @Test
    void talliesAddUpStandingsAndFindingsSelectTheSameEntitlements() {
        Coverage.Tally t = Coverage.Tally.ZERO
                .add(Coverage.standing(ProgramKind.LOAN, facts("LV")), 4)
                .add(Coverage.standing(ProgramKind.LOAN, facts("LVR")), 2)
                .add(Coverage.standing(ProgramKind.LOAN, facts("LVRF")), 3)
                .add(Coverage.standing(ProgramKind.LOAN, facts("XF")), 1);
        assertThat(t).isEqualTo(new Coverage.Tally(9, 5, 5, 3, 2, 1));
        assertThat(t.plus(t)).isEqualTo(new Coverage.Tally(18, 10, 10, 6, 4, 2));

        for (ProgramKind kind : ProgramKind.values()) {
            for (ReconciliationFinding finding : ReconciliationFinding.values()) {
                for (Coverage.Facts f : Coverage.withFinding(kind, finding)) {
                    assertThat(Coverage.standing(kind, f).finding()).isEqualTo(finding);
                    assertThat(f.live() && f.expired()).isFalse();
                }
            }
        }
        assertThat(Coverage.withFinding(ProgramKind.HEALTH_INSURANCE, ReconciliationFinding.NO_LONGER_ENTITLED))
                .allMatch(f -> f.expired() && f.fulfilled() && f.cardValidToday() && !f.entitledElsewhere()).isNotEmpty();
        assertThat(Coverage.withFinding(ProgramKind.VOCATIONAL_TRAINING, ReconciliationFinding.NO_LONGER_ENTITLED)).isEmpty();
        assertThat(Coverage.withFinding(ProgramKind.ACTIVITY, ReconciliationFinding.UNFULFILLED)).isEmpty();
    }
}
