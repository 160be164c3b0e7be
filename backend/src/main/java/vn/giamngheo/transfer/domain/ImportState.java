package vn.giamngheo.transfer.domain;

/** Where a job is; see V40__import_job.sql for the transitions. */
public enum ImportState {
    QUEUED,
    VALIDATING,
    VALIDATED,
    REJECTED,
    WRITING,
    DONE,
    CANCELLED,
    FAILED,
    ROLLED_BACK;

    /** A worker has work to do on the job. */
    public boolean active() {
        return this == QUEUED || this == VALIDATING || this == WRITING;
    }

    /** Nothing happens to the job any more unless someone asks (commit, rollback). */
    public boolean finished() {
        return !active();
    }
}
