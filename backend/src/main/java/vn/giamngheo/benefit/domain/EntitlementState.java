package vn.giamngheo.benefit.domain;

import java.util.Map;
import java.util.Set;

/**
 * An entitlement's way: eligible by the rules, requested (an application), enrolled (loan approved, course or
 * school enrolment), fulfilled (card issued, loan disbursed, course completed); expired when the rules stop
 * granting it, revoked by a decision. Steps may be skipped forward (the insurer issues cards without an
 * application), never taken back; the two ends are final.
 */
public enum EntitlementState {
    ELIGIBLE, REQUESTED, ENROLLED, FULFILLED, EXPIRED, REVOKED;

    private static final Map<EntitlementState, Set<EntitlementState>> NEXT = Map.of(
            ELIGIBLE, Set.of(REQUESTED, ENROLLED, FULFILLED, EXPIRED, REVOKED),
            REQUESTED, Set.of(ENROLLED, FULFILLED, EXPIRED, REVOKED),
            ENROLLED, Set.of(FULFILLED, EXPIRED, REVOKED),
            FULFILLED, Set.of(EXPIRED, REVOKED),
            EXPIRED, Set.of(),
            REVOKED, Set.of());

    public EntitlementState moveTo(EntitlementState next) {
        if (!NEXT.get(this).contains(next)) {
            throw new IllegalStep("An entitlement in state " + this + " cannot move to " + next);
        }
        return next;
    }

    public boolean live() {
        return this != EXPIRED && this != REVOKED;
    }
}
