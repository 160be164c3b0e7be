package vn.giamngheo.classification.domain;

import java.util.List;

/** The outcome of applying a standard, with the reasons in the order the rule applied them. */
public record Classification(PovertyStatus status, int deprivationCount, Integer deprivationScore, boolean incomeAtOrBelowLine,
                             List<Reason> reasons) {
}
