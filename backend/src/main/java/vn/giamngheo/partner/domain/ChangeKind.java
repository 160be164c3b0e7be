package vn.giamngheo.partner.domain;

/** How an entitlement changed since a partner last read it: granted, changed (validity, rate, state), or ended. */
public enum ChangeKind {
    NEW, CHANGED, ENDED
}
