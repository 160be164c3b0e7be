package vn.giamngheo.benefit.domain;

/** How a disbursed loan is being repaid, as the Social Policy Bank reports it. */
public enum RepaymentStatus {
    ON_TIME, OVERDUE, REPAID
}
