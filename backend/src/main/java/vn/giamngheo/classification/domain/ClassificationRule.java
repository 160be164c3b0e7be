package vn.giamngheo.classification.domain;

/**
 * How income and deprivations combine.
 * INCOME_OR_DEPRIVATION (Decision 59/2015): income at or below the line alone makes a household poor; in the band
 * above it, 3+ deprivations make it poor and fewer near-poor.
 * INCOME_AND_DEPRIVATION (Decree 07/2021 Art. 3, Decree 351/2025): only income at or below the line counts, and
 * the deprivations then decide between poor and near-poor.
 */
public enum ClassificationRule {
    INCOME_OR_DEPRIVATION, INCOME_AND_DEPRIVATION
}
