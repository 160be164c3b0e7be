package vn.giamngheo.classification.domain;

/** The lines of one standard for one area type; nulls are values the standard does not have (or were not confirmed). */
public record Thresholds(long povertyLineVnd, Long nearPoorCeilingVnd, Long middleIncomeCeilingVnd, Integer incomeScoreLine) {
}
