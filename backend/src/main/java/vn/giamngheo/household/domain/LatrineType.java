package vn.giamngheo.household.domain;

/** Latrine the household uses. */
public enum LatrineType {
    SEPTIC,
    SEMI_SEPTIC,
    POUR_FLUSH,
    VENTILATED_PIT,
    DOUBLE_VAULT,
    FISH_POND,
    OPEN_PIT,
    NONE
}
