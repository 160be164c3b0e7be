package vn.giamngheo.household.domain;

/** Whether a member attends school or training now. */
public enum SchoolAttendance {
    NOT_APPLICABLE,
    ATTENDING,
    NOT_ATTENDING
}
