package vn.giamngheo.classification.domain;

/** Hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình, or none of them. */
public enum PovertyStatus {
    POOR, NEAR_POOR, MIDDLE_INCOME, NOT_POOR
}
