package vn.giamngheo.monitoring.domain;

import java.time.LocalDate;

/**
 * Whether a unit reported in time (DHIS2's completeness and timeliness): a report handed in on or before the due date
 * is on time, after it late; not handed in is pending until the due date has passed, then missing.
 */
public enum Timeliness {
    PENDING, MISSING, ON_TIME, LATE;

    /**
     * @param firstSubmittedOn the day the unit first handed the report in (a return and resubmission keep it); null if never
     */
    public static Timeliness of(LocalDate dueOn, LocalDate firstSubmittedOn, LocalDate today) {
        if (firstSubmittedOn == null) {
            return today.isAfter(dueOn) ? MISSING : PENDING;
        }
        return firstSubmittedOn.isAfter(dueOn) ? LATE : ON_TIME;
    }

    /** Days past the due date: of the late hand-in, or until today for a missing report; 0 otherwise. */
    public static long daysOverdue(LocalDate dueOn, LocalDate firstSubmittedOn, LocalDate today) {
        LocalDate end = firstSubmittedOn == null ? today : firstSubmittedOn;
        return Math.max(0, end.toEpochDay() - dueOn.toEpochDay());
    }

    /** Counted as submitted for completeness. */
    public boolean submitted() {
        return this == ON_TIME || this == LATE;
    }
}
