package vn.giamngheo.household.domain;

/** Why a member left a household. */
public enum LeaveReason {
    DIED,
    MOVED_AWAY,
    MARRIED_OUT,
    TRANSFERRED_OUT,
    OTHER
}
