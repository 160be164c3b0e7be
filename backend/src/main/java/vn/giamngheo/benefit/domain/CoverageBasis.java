package vn.giamngheo.benefit.domain;

/** Whom coverage is measured against. */
public enum CoverageBasis {
    /** Everyone entitled today (health insurance: every poor and near-poor person). */
    ALL_ENTITLED,
    /** Those entitled today who asked for it (loans, vocational training: those who want one). */
    REQUESTED
}
