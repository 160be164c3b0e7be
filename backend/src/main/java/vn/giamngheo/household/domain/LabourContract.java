package vn.giamngheo.household.domain;

/** Labour contract of a wage worker. */
public enum LabourContract {
    NOT_APPLICABLE,
    NONE,
    FIXED_TERM,
    INDEFINITE
}
