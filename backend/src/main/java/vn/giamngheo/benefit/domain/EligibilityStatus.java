package vn.giamngheo.benefit.domain;

/**
 * The household standing a rule asks for: its latest frozen status, or RECENTLY_ESCAPED — on neither list now and
 * left one within the rule's window (DOMAIN §3.8).
 */
public enum EligibilityStatus {
    POOR, NEAR_POOR, MIDDLE_INCOME, RECENTLY_ESCAPED
}
