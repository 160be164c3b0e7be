package vn.giamngheo.review.domain;

/** Periodic (once a year, 1 September – 14 December) or regular (monthly from the 15th), Decision 24/2021. */
public enum ReviewKind {
    PERIODIC, REGULAR
}
