package vn.giamngheo.review.domain;

import vn.giamngheo.classification.domain.PovertyStatus;

/**
 * How a household's status moved between the start and the end of a cycle (Circular 07/2021 report categories;
 * DOMAIN §3.7). Escaping poverty includes becoming near-poor; re-poor means poor again after an earlier escape
 * (no look-back limit: the regulation's window is not confirmed).
 */
public enum Transition {
    NEWLY_POOR, NEWLY_NEAR_POOR, RE_POOR, RE_NEAR_POOR, POOR_TO_NEAR_POOR, NEAR_POOR_TO_POOR, ESCAPED_POVERTY,
    ESCAPED_NEAR_POVERTY, REMAINED_POOR, REMAINED_NEAR_POOR, NOT_ON_LIST;

    /**
     * @param escapedBefore the household escaped poverty or near-poverty in an earlier cycle
     */
    public static Transition of(PovertyStatus start, PovertyStatus end, boolean escapedBefore) {
        boolean wasPoor = start == PovertyStatus.POOR;
        boolean wasNearPoor = start == PovertyStatus.NEAR_POOR;
        return switch (end) {
            case POOR -> wasPoor ? REMAINED_POOR : wasNearPoor ? NEAR_POOR_TO_POOR : escapedBefore ? RE_POOR : NEWLY_POOR;
            case NEAR_POOR -> wasNearPoor ? REMAINED_NEAR_POOR : wasPoor ? POOR_TO_NEAR_POOR : escapedBefore ? RE_NEAR_POOR : NEWLY_NEAR_POOR;
            case MIDDLE_INCOME, NOT_POOR -> wasPoor ? ESCAPED_POVERTY : wasNearPoor ? ESCAPED_NEAR_POVERTY : NOT_ON_LIST;
        };
    }

    /** Left the poor list (also into near-poverty) or the near-poor list: the day benefit windows count from. */
    public boolean escapes() {
        return this == ESCAPED_POVERTY || this == POOR_TO_NEAR_POOR || this == ESCAPED_NEAR_POVERTY;
    }
}
