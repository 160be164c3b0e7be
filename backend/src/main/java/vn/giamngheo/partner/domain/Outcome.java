package vn.giamngheo.partner.domain;

/** What became of one item of a partner's batch. */
public enum Outcome {
    APPLIED, REJECTED
}
