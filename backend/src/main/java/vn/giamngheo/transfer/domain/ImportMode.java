package vn.giamngheo.transfer.domain;

/** Whether a job only validates its file or also writes it. */
public enum ImportMode {
    DRY_RUN,
    COMMIT
}
