package vn.giamngheo.household.domain;

/** Ethnic group (sensitive personal data under Decree 13/2023). The groups living in the district, then OTHER. */
public enum Ethnicity {
    KINH,
    KHMER,
    HOA,
    CHAM,
    OTHER
}
