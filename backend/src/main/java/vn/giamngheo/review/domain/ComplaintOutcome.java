package vn.giamngheo.review.domain;

/** After the re-check (phúc tra): the complaint changed the result, or the result stands. */
public enum ComplaintOutcome {
    UPHELD, REJECTED
}
