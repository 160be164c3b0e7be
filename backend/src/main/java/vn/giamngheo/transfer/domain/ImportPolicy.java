package vn.giamngheo.transfer.domain;

/** What a committing job does when some records are invalid. */
public enum ImportPolicy {
    ALL_OR_NOTHING,
    VALID_ROWS_ONLY
}
