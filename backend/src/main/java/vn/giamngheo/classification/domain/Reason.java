package vn.giamngheo.classification.domain;

import java.util.Map;

/** One step of an explanation, with the figures it cites; rendered into words by {@link Explanations}. */
public record Reason(Code code, Map<String, Object> figures) {
    public enum Code {
        INCOME_AT_OR_BELOW_LINE, INCOME_IN_NEAR_POOR_BAND, INCOME_ABOVE_LINE, SCORE_AT_OR_BELOW_LINE, SCORE_ABOVE_LINE,
        DEPRIVATIONS_AT_OR_ABOVE_CUTOFF, DEPRIVATIONS_BELOW_CUTOFF, WITHIN_MIDDLE_INCOME_BAND, ABOVE_MIDDLE_INCOME_BAND,
        MIDDLE_INCOME_BAND_UNCONFIRMED, MIDDLE_INCOME_NEEDS_INCOME
    }
}
