package vn.giamngheo.review.domain;

/** A cycle is open until the district consolidates it; consolidation freezes every household's status for it. */
public enum CycleState {
    OPEN, CONSOLIDATED
}
