package vn.giamngheo.benefit.domain;

/** What happened to an entitlement: the system's own events (eligible, changed, expired) and the recorded steps. */
public enum EntitlementEventKind {
    ELIGIBLE, CHANGED, EXPIRED, REQUESTED, ENROLLED, FULFILLED, REPAYMENT, EMPLOYED, REVOKED
}
