package vn.giamngheo.household.domain;

/** Why a household left the registry. */
public enum ArchiveReason {
    MOVED_AWAY,
    MERGED,
    DISSOLVED,
    DUPLICATE
}
