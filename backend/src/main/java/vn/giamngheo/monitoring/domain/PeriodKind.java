package vn.giamngheo.monitoring.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The district plan's report periods (DOMAIN §5.2): a 6-month report before 10 June, an annual report before
 * 10 November, and ad-hoc reports on request with their own due date.
 */
public enum PeriodKind {
    SIX_MONTH(MonthDay.of(6, 10)), ANNUAL(MonthDay.of(11, 10)), AD_HOC(null);

    private final MonthDay due;

    PeriodKind(MonthDay due) {
        this.due = due;
    }

    /** The plan's due date in the year; null for ad-hoc reports, whose request names it. */
    public LocalDate dueOn(int year) {
        return due == null ? null : due.atYear(year);
    }

    /** The first day the report covers: the start of the year for the regular reports. */
    public LocalDate coversFrom(int year) {
        return LocalDate.of(year, 1, 1);
    }

    /** The last day covered: 30 June for the 6-month report, the year's end for the annual one (estimated where still to come). */
    public LocalDate coversTo(int year, LocalDate dueOn) {
        return switch (this) {
            case SIX_MONTH -> LocalDate.of(year, 6, 30);
            case ANNUAL -> LocalDate.of(year, 12, 31);
            case AD_HOC -> dueOn;
        };
    }

    public String titleVi(int year) {
        return switch (this) {
            case SIX_MONTH -> "Báo cáo 6 tháng đầu năm " + year + " thực hiện Chương trình MTQG giảm nghèo bền vững";
            case ANNUAL -> "Báo cáo năm " + year + " thực hiện Chương trình MTQG giảm nghèo bền vững";
            case AD_HOC -> "Báo cáo đột xuất năm " + year;
        };
    }
}
