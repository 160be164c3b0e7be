package vn.giamngheo.transfer.domain;

/** The file formats an import reads. */
public enum ImportFormat {
    NDJSON,
    CSV,
    XLSX
}
