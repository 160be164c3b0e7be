package vn.giamngheo.household.domain;

/** How a member came into a household. */
public enum JoinReason {
    REGISTERED,
    BIRTH,
    MARRIAGE,
    MOVED_IN,
    TRANSFERRED_IN,
    OTHER
}
