package vn.giamngheo.review.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/** The dates and counts the review process depends on (Decision 24/2021/QĐ-TTg, Circular 07/2021/TT-BLĐTBXH). */
public final class ReviewRules {
    private ReviewRules() {
    }

    /** Periodic review: 1 September – 14 December of the year. */
    public static LocalDate periodicOpens(int year) {
        return LocalDate.of(year, 9, 1);
    }

    public static LocalDate periodicCloses(int year) {
        return LocalDate.of(year, 12, 14);
    }

    /** Regular review: from the 15th of the month; the chairman decides within 15 days of the start. */
    public static LocalDate regularOpens(YearMonth month) {
        return month.atDay(15);
    }

    public static LocalDate regularCloses(YearMonth month) {
        return month.atDay(15).plusDays(14);
    }

    /** The community meeting agrees with a household's result when at least half of the attendees vote for it. */
    public static boolean meetingAgrees(int agree, int attendees) {
        return attendees > 0 && 2L * agree >= attendees;
    }

    /** Monday to Friday in [from, to]; public holidays are not known to the system. */
    public static int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    /** Poverty rate in percent with two decimals, as reports print it. */
    public static double ratePercent(long count, long households) {
        return households == 0 ? 0 : Math.round(10_000.0 * count / households) / 100.0;
    }
}
