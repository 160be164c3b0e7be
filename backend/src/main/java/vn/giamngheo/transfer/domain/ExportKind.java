package vn.giamngheo.transfer.domain;

/** What an export lists. */
public enum ExportKind {
    HOUSEHOLDS,
    MEMBERS
}
