package vn.giamngheo.household.domain;

/** A health-insurance card number as Social Insurance (BHXH) prints it: a 2-letter beneficiary group code and 13 digits. */
public final class HealthInsuranceCard {
    public static final String PATTERN = "[A-Z]{2}\\d{13}";
    public static final String PATTERN_MESSAGE = "must be 2 capital letters and 13 digits";

    private HealthInsuranceCard() {
    }
}
