package vn.giamngheo.household.domain;

/** Disability level as certified by the commune. */
public enum Disability {
    NONE,
    MILD,
    SEVERE,
    EXTREMELY_SEVERE
}
