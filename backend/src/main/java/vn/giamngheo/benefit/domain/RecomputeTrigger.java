package vn.giamngheo.benefit.domain;

/** Why a recompute job runs: a district officer asked for it, or the nightly sweep started it. */
public enum RecomputeTrigger {
    REQUESTED, NIGHTLY
}
