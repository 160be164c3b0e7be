package vn.giamngheo.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionWorkflowTest {

    @Test
    void aReportGoesFromDraftThroughReturnAndResubmissionToAcceptance() {
        SubmissionState s = SubmissionState.DRAFT.after(SubmissionAction.SUBMIT);
        assertThat(s).isEqualTo(SubmissionState.SUBMITTED);
        s = s.after(SubmissionAction.RETURN);
        assertThat(s).isEqualTo(SubmissionState.RETURNED);
        s = s.after(SubmissionAction.SUBMIT);
        assertThat(s).isEqualTo(SubmissionState.RESUBMITTED);
        s = s.after(SubmissionAction.RETURN).after(SubmissionAction.SUBMIT).after(SubmissionAction.ACCEPT);
        assertThat(s).isEqualTo(SubmissionState.ACCEPTED);
    }

    @Test
    void aDraftCanOnlyBeSubmitted() {
        assertThatThrownBy(() -> SubmissionState.DRAFT.after(SubmissionAction.ACCEPT)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> SubmissionState.DRAFT.after(SubmissionAction.RETURN)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aSubmittedReportCannotBeSubmittedAgainBeforeAReturn() {
        assertThatThrownBy(() -> SubmissionState.SUBMITTED.after(SubmissionAction.SUBMIT)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> SubmissionState.RESUBMITTED.after(SubmissionAction.SUBMIT)).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> SubmissionState.RETURNED.after(SubmissionAction.ACCEPT)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anAcceptedReportIsFinal() {
        for (SubmissionAction a : SubmissionAction.values()) {
            assertThatThrownBy(() -> SubmissionState.ACCEPTED.after(a)).isInstanceOf(IllegalTransition.class).hasMessageContaining("accepted");
        }
        assertThat(SubmissionState.ACCEPTED.editable()).isFalse();
    }

    @Test
    void onlyDraftsAndReturnedReportsAreEditable() {
        assertThat(SubmissionState.DRAFT.editable()).isTrue();
        assertThat(SubmissionState.RETURNED.editable()).isTrue();
        assertThat(SubmissionState.SUBMITTED.editable()).isFalse();
        assertThat(SubmissionState.RESUBMITTED.editable()).isFalse();
    }

    @Test
    void onlyTheStandingOfficeReturnsAndAccepts() {
        assertThat(SubmissionAction.SUBMIT.byStandingOffice()).isFalse();
        assertThat(SubmissionAction.RETURN.byStandingOffice()).isTrue();
        assertThat(SubmissionAction.ACCEPT.byStandingOffice()).isTrue();
    }

    @Test
    void theRegularPeriodsAreDueOnTheTenthOfJuneAndOfNovember() {
        assertThat(PeriodKind.SIX_MONTH.dueOn(2026)).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(PeriodKind.ANNUAL.dueOn(2026)).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(PeriodKind.AD_HOC.dueOn(2026)).isNull();
        assertThat(PeriodKind.SIX_MONTH.coversTo(2026, null)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void timelinessCountsTheFirstHandInAgainstTheDueDate() {
        LocalDate due = LocalDate.of(2026, 6, 10);
        assertThat(Timeliness.of(due, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 1))).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.of(due, LocalDate.of(2026, 6, 11), LocalDate.of(2026, 7, 1))).isEqualTo(Timeliness.LATE);
        assertThat(Timeliness.of(due, null, LocalDate.of(2026, 6, 10))).isEqualTo(Timeliness.PENDING);
        assertThat(Timeliness.of(due, null, LocalDate.of(2026, 6, 11))).isEqualTo(Timeliness.MISSING);
        assertThat(Timeliness.daysOverdue(due, LocalDate.of(2026, 6, 13), LocalDate.of(2026, 7, 1))).isEqualTo(3);
        assertThat(Timeliness.daysOverdue(due, null, LocalDate.of(2026, 6, 30))).isEqualTo(20);
        assertThat(Timeliness.daysOverdue(due, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1))).isZero();
    }

    @Test
    void theDiffNamesEveryChangedIndicatorNarrativeAndBudgetFigure() {
        SubmissionContent v1 = new SubmissionContent(Map.of("POOR_HOUSEHOLDS", new BigDecimal("12"), "JOB_PLACEMENTS", new BigDecimal("40")),
                "Đã hỗ trợ 12 hộ", null, "Đề nghị bổ sung vốn", List.of(new BudgetLine("P2", "NTP_POVERTY", 100, 50)));
        SubmissionContent v2 = new SubmissionContent(Map.of("POOR_HOUSEHOLDS", new BigDecimal("12.0"), "JOB_PLACEMENTS", new BigDecimal("41"),
                "LEGAL_AID_CASES", new BigDecimal("2")), "Đã hỗ trợ 12 hộ", "Thiếu cán bộ", "  ",
                List.of(new BudgetLine("P2", "NTP_POVERTY", 100, 80), new BudgetLine("P6.2", "FOR_THE_POOR_FUND", 10, 0)));
        List<SubmissionContent.Change> changes = v2.changesSince(v1);
        assertThat(changes).extracting(SubmissionContent.Change::field).containsExactly(
                "indicators.JOB_PLACEMENTS", "indicators.LEGAL_AID_CASES", "narratives.difficulties", "narratives.proposals",
                "budget.P2/NTP_POVERTY.disbursedVnd", "budget.P6.2/FOR_THE_POOR_FUND.allocatedVnd", "budget.P6.2/FOR_THE_POOR_FUND.disbursedVnd");
        assertThat(changes.get(0).before()).isEqualTo(new BigDecimal("40"));
        assertThat(changes.get(0).after()).isEqualTo(new BigDecimal("41"));
        assertThat(changes.get(3).after()).isNull();
        assertThat(v2.changesSince(v2)).isEmpty();
    }

    @Test
    void theFlagListsIndicatorsWhoseTypedValueDisagreesWithTheRegistry() {
        SubmissionContent c = new SubmissionContent(Map.of("POOR_HOUSEHOLDS", new BigDecimal("13"), "HOUSEHOLDS", new BigDecimal("400"),
                "JOB_PLACEMENTS", new BigDecimal("5")), null, null, null, List.of());
        assertThat(c.differingFrom(Map.of("POOR_HOUSEHOLDS", new BigDecimal("12"), "HOUSEHOLDS", new BigDecimal("400"))))
                .containsExactly("POOR_HOUSEHOLDS");
    }
}
