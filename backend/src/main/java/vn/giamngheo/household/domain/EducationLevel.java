package vn.giamngheo.household.domain;

/** Highest completed education or vocational level. */
public enum EducationLevel {
    NONE,
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY,
    VOCATIONAL_ELEMENTARY,
    VOCATIONAL_INTERMEDIATE,
    COLLEGE,
    UNIVERSITY
}
