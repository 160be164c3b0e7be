package vn.giamngheo.household.domain;

/** Main employment situation. */
public enum Employment {
    EMPLOYED_WAGE,
    SELF_EMPLOYED,
    UNEMPLOYED,
    NOT_IN_LABOUR_FORCE,
    STUDENT,
    RETIRED
}
