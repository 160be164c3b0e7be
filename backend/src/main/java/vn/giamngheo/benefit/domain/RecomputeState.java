package vn.giamngheo.benefit.domain;

/** The life of a recompute job: queued until a worker claims it, running while it reports progress, then done or failed. */
public enum RecomputeState {
    QUEUED, RUNNING, DONE, FAILED
}
