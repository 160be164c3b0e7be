package vn.giamngheo.household.domain;

/** Main source of domestic water. */
public enum WaterSource {
    PIPED,
    DRILLED_WELL,
    PROTECTED_DUG_WELL,
    UNPROTECTED_DUG_WELL,
    PROTECTED_SPRING,
    RAINWATER,
    BOTTLED,
    SURFACE_WATER,
    OTHER
}
