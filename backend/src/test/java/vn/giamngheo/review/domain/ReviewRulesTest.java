package vn.giamngheo.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.giamngheo.classification.domain.PovertyStatus;

class ReviewRulesTest {

    /** Circular 07/2021 report categories (DOMAIN §3.7). */
    @ParameterizedTest(name = "{0} → {1}, escaped before {2}: {3}")
    @CsvSource({
            "NOT_POOR, POOR, false, NEWLY_POOR",
            "NOT_POOR, POOR, true, RE_POOR",
            "NOT_POOR, NEAR_POOR, false, NEWLY_NEAR_POOR",
            "NOT_POOR, NEAR_POOR, true, RE_NEAR_POOR",
            "MIDDLE_INCOME, POOR, false, NEWLY_POOR",
            "POOR, POOR, false, REMAINED_POOR",
            "POOR, POOR, true, REMAINED_POOR",
            "POOR, NEAR_POOR, false, POOR_TO_NEAR_POOR",
            "POOR, NOT_POOR, false, ESCAPED_POVERTY",
            "POOR, MIDDLE_INCOME, false, ESCAPED_POVERTY",
            "NEAR_POOR, POOR, false, NEAR_POOR_TO_POOR",
            "NEAR_POOR, NEAR_POOR, false, REMAINED_NEAR_POOR",
            "NEAR_POOR, NOT_POOR, false, ESCAPED_NEAR_POVERTY",
            "NOT_POOR, NOT_POOR, true, NOT_ON_LIST",
    })
    void transitions(PovertyStatus start, PovertyStatus end, boolean escapedBefore, Transition expected) {
        assertThat(Transition.of(start, end, escapedBefore)).isEqualTo(expected);
    }

    @Test
    void escapingStartsABenefitWindow() {
        assertThat(Transition.ESCAPED_POVERTY.escapes()).isTrue();
        assertThat(Transition.POOR_TO_NEAR_POOR.escapes()).isTrue();
        assertThat(Transition.ESCAPED_NEAR_POVERTY.escapes()).isTrue();
        assertThat(Transition.NEAR_POOR_TO_POOR.escapes()).isFalse();
        assertThat(Transition.REMAINED_POOR.escapes()).isFalse();
    }

    /** Decision 24/2021: a result stands with at least half of the attendees. */
    @ParameterizedTest(name = "{0} of {1} agree: {2}")
    @CsvSource({"20, 40, true", "19, 40, false", "21, 41, true", "20, 41, false", "0, 1, false", "1, 1, true", "0, 0, false"})
    void meetingMajority(int agree, int attendees, boolean agreed) {
        assertThat(ReviewRules.meetingAgrees(agree, attendees)).isEqualTo(agreed);
    }

    @ParameterizedTest(name = "{0}..{1}: {2} working days")
    @CsvSource({"2023-03-27, 2023-03-31, 5", "2023-03-24, 2023-03-27, 2", "2023-03-25, 2023-03-26, 0", "2023-03-24, 2023-03-24, 1"})
    void workingDays(LocalDate from, LocalDate to, int days) {
        assertThat(ReviewRules.workingDays(from, to)).isEqualTo(days);
    }

    @Test
    void cycleWindows() {
        assertThat(ReviewRules.periodicOpens(2022)).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(ReviewRules.periodicCloses(2022)).isEqualTo(LocalDate.of(2022, 12, 14));
        assertThat(ReviewRules.regularOpens(YearMonth.of(2023, 2))).isEqualTo(LocalDate.of(2023, 2, 15));
        assertThat(ReviewRules.regularCloses(YearMonth.of(2023, 2))).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void ratesHaveTwoDecimals() {
        assertThat(ReviewRules.ratePercent(312, 10_000)).isEqualTo(3.12);
        assertThat(ReviewRules.ratePercent(1, 3)).isEqualTo(33.33);
        assertThat(ReviewRules.ratePercent(5, 0)).isEqualTo(0);
    }

    @ParameterizedTest(name = "case {0} → {1}: {2}")
    @CsvSource({
            "LISTED, ASSESSED, true", "LISTED, AGREED, false", "LISTED, DECIDED, false",
            "ASSESSED, ASSESSED, true", "ASSESSED, AGREED, true", "ASSESSED, RETURNED, true", "ASSESSED, DECIDED, false",
            "RETURNED, ASSESSED, true", "RETURNED, AGREED, false",
            "AGREED, DISPUTED, true", "AGREED, DECIDED, true", "AGREED, ASSESSED, false",
            "DISPUTED, AGREED, true", "DISPUTED, DECIDED, false",
            "DECIDED, ASSESSED, false", "DECIDED, AGREED, false"})
    void caseStateMachine(CaseState from, CaseState to, boolean allowed) {
        if (allowed) {
            assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(IllegalTransition.class);
        }
    }

    @ParameterizedTest(name = "commune {0} → {1}: {2}")
    @CsvSource({
            "ASSESSING, POSTING, true", "ASSESSING, DECIDED, false", "ASSESSING, CONSOLIDATED, false",
            "POSTING, DECIDED, true", "POSTING, ASSESSING, true", "POSTING, CONSOLIDATED, false",
            "DECIDED, CONSOLIDATED, true", "DECIDED, POSTING, false", "CONSOLIDATED, ASSESSING, false"})
    void communeStageMachine(CommuneStage from, CommuneStage to, boolean allowed) {
        if (allowed) {
            assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to)).isInstanceOf(IllegalTransition.class);
        }
    }

    @Test
    void approvedLists() {
        assertThat(ReviewList.ESCAPED_POVERTY.includes(PovertyStatus.POOR, PovertyStatus.NEAR_POOR)).isTrue();
        assertThat(ReviewList.ESCAPED_NEAR_POVERTY.includes(PovertyStatus.NEAR_POOR, PovertyStatus.POOR)).isFalse();
        assertThat(ReviewList.NEAR_POOR.includes(PovertyStatus.POOR, PovertyStatus.NEAR_POOR)).isTrue();
    }
}
