package vn.giamngheo.household.domain;

/** Sex recorded on the citizen id (its 4th digit encodes it). */
public enum Sex {
    MALE,
    FEMALE
}
