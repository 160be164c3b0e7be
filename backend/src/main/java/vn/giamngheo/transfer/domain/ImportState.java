package vn.giamngheo.transfer.domain;

/** Where a job is; see V40__import_job.sql and V43__import_rollback_job.sql for the transitions. */
public enum ImportState {
    QUEUED,
    VALIDATING,
    VALIDATED,
    REJECTED,
    WRITING,
    DONE,
    CANCELLED,
    FAILED,
    /** A rollback was asked for; a worker undoes the batch, then the job is ROLLED_BACK or back where it was. */
    ROLLING_BACK,
    ROLLED_BACK;

    /** A worker has work to do on the job. */
    public boolean active() {
        return this == QUEUED || this == VALIDATING || this == WRITING || this == ROLLING_BACK;
    }

    /** Nothing happens to the job any more unless someone asks (commit, rollback). */
    public boolean finished() {
        return !active();
    }

    /** A job in this state may be rolled back when it wrote something. */
    public boolean rollbackable() {
        return this == DONE || this == CANCELLED || this == FAILED;
    }
}
