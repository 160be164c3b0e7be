package vn.giamngheo.review.domain;

import vn.giamngheo.classification.domain.PovertyStatus;

/** The lists a commune decision approves (danh sách hộ nghèo, hộ cận nghèo, hộ thoát nghèo, hộ thoát cận nghèo). */
public enum ReviewList {
    POOR, NEAR_POOR, ESCAPED_POVERTY, ESCAPED_NEAR_POVERTY;

    public boolean includes(PovertyStatus start, PovertyStatus end) {
        return switch (this) {
            case POOR -> end == PovertyStatus.POOR;
            case NEAR_POOR -> end == PovertyStatus.NEAR_POOR;
            case ESCAPED_POVERTY -> start == PovertyStatus.POOR && end != PovertyStatus.POOR;
            case ESCAPED_NEAR_POVERTY -> start == PovertyStatus.NEAR_POOR && end != PovertyStatus.POOR && end != PovertyStatus.NEAR_POOR;
        };
    }

    public static String label(PovertyStatus s) {
        return switch (s) {
            case POOR -> "Hộ nghèo";
            case NEAR_POOR -> "Hộ cận nghèo";
            case MIDDLE_INCOME -> "Hộ có mức sống trung bình";
            case NOT_POOR -> "Không thuộc diện";
        };
    }
}
