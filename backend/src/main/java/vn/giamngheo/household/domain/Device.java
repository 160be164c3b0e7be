package vn.giamngheo.household.domain;

/** Information-access devices the household owns. */
public enum Device {
    TV,
    RADIO,
    COMPUTER,
    SMARTPHONE,
    TABLET
}
