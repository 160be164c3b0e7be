package vn.giamngheo.classification.domain;

import java.util.List;

/** What the facts say about one indicator, the rule that said it, and the facts that triggered it. */
public record IndicatorFinding(String indicator, Outcome outcome, String rule, List<Evidence> evidence) {

    public enum Outcome {
        DEPRIVED, NOT_DEPRIVED,
        /** The registry does not hold the facts (or they are incomplete): the reviewer decides. */
        UNKNOWN
    }

    /** One fact: whose (a member's name, or "household"), which fact, and its value. */
    public record Evidence(String subject, String fact, String value) {
    }
}
