package vn.giamngheo.benefit.domain;

/** What the board lists. */
public enum ReconciliationFinding {
    /** Entitled today and counted for coverage, but not fulfilled (no card valid today, no loan disbursed, no course completed). */
    UNFULFILLED,
    /** Ended by the rules while what it gave is still in force (a card still valid, a loan not repaid) and no other entitlement of the program covers the person or household. */
    NO_LONGER_ENTITLED
}
