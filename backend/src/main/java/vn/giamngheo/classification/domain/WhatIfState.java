package vn.giamngheo.classification.domain;

/** The life of a what-if run: queued until a worker claims it, running while it reports progress, then done or failed. */
public enum WhatIfState {
    QUEUED, RUNNING, DONE, FAILED
}
