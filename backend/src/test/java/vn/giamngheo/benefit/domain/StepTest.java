package vn.giamngheo.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The entitlement state machine and what each recorded step needs. */
class StepTest {
    private static final Step.Facts NOTHING = new Step.Facts(LocalDate.of(2025, 6, 1), null, null, null, null, null, null);

    @ParameterizedTest(name = "{1} from {0} -> {2}")
    @CsvSource({
            "ELIGIBLE, REQUESTED, REQUESTED", "ELIGIBLE, FULFILLED, FULFILLED", "REQUESTED, ENROLLED, ENROLLED",
            "ENROLLED, FULFILLED, FULFILLED", "FULFILLED, REPAYMENT, FULFILLED", "FULFILLED, EMPLOYED, FULFILLED",
            "FULFILLED, REVOKED, REVOKED", "ELIGIBLE, REVOKED, REVOKED",
            "REQUESTED, REQUESTED, ILLEGAL", "ENROLLED, REQUESTED, ILLEGAL", "FULFILLED, FULFILLED, ILLEGAL",
            "ELIGIBLE, REPAYMENT, ILLEGAL", "ENROLLED, EMPLOYED, ILLEGAL", "EXPIRED, FULFILLED, ILLEGAL", "REVOKED, REVOKED, ILLEGAL"})
    void movesOnlyForward(EntitlementState from, Step step, String expected) {
        if (expected.equals("ILLEGAL")) {
            assertThatThrownBy(() -> step.apply(from)).isInstanceOf(IllegalStep.class);
        } else {
            assertThat(step.apply(from)).isEqualTo(EntitlementState.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "{0} for {1} lacks {2}")
    @CsvSource({
            "FULFILLED, HEALTH_INSURANCE, cardNumber", "FULFILLED, LOAN, amountVnd", "ENROLLED, LOAN, amountVnd",
            "REPAYMENT, LOAN, repaymentStatus", "REVOKED, EDUCATION, note",
            "ENROLLED, HEALTH_INSURANCE, kind", "EMPLOYED, LOAN, kind", "REPAYMENT, VOCATIONAL_TRAINING, kind", "REQUESTED, ACTIVITY, kind"})
    void eachStepNeedsItsFacts(Step step, ProgramKind kind, String field) {
        assertThat(step.check(kind, null, NOTHING)).extracting(Step.Problem::field).contains(field);
    }

    @Test
    void aLoanAboveTheCapAndACardEndingBeforeItStartsAreRefused() {
        Step.Facts loan = new Step.Facts(LocalDate.of(2025, 6, 1), null, null, null, 120_000_000L, null, null);
        assertThat(Step.FULFILLED.check(ProgramKind.LOAN, 100_000_000L, loan)).extracting(Step.Problem::code).containsExactly("ABOVE_CAP");
        Step.Facts card = new Step.Facts(LocalDate.of(2025, 6, 1), "HN4878712345678", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31),
                null, null, null);
        assertThat(Step.FULFILLED.check(ProgramKind.HEALTH_INSURANCE, null, card)).extracting(Step.Problem::code)
                .containsExactly("BEFORE_VALID_FROM");
        Step.Facts good = new Step.Facts(LocalDate.of(2025, 6, 1), "HN4878712345678", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                null, null, null);
        assertThat(Step.FULFILLED.check(ProgramKind.HEALTH_INSURANCE, null, good)).isEmpty();
    }
}
