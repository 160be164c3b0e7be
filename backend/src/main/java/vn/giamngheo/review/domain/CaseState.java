package vn.giamngheo.review.domain;

import java.util.Map;
import java.util.Set;

/**
 * A household's way through the review: listed, assessed (forms B1/B2), agreed by the community meeting (or
 * returned for a new assessment), disputed by a complaint during posting, decided by the commune chairman.
 */
public enum CaseState {
    LISTED, ASSESSED, AGREED, RETURNED, DISPUTED, DECIDED;

    private static final Map<CaseState, Set<CaseState>> NEXT = Map.of(
            LISTED, Set.of(ASSESSED),
            // a reviewer may correct an assessment until the meeting votes on it
            ASSESSED, Set.of(ASSESSED, AGREED, RETURNED),
            RETURNED, Set.of(ASSESSED),
            AGREED, Set.of(DISPUTED, DECIDED),
            // a re-check assessment keeps the case disputed until the complaint is resolved
            DISPUTED, Set.of(DISPUTED, AGREED),
            DECIDED, Set.of());

    public CaseState moveTo(CaseState next) {
        if (!NEXT.get(this).contains(next)) {
            throw new IllegalTransition("A case in state " + this + " cannot move to " + next);
        }
        return next;
    }

    public boolean assessable() {
        return NEXT.get(this).contains(ASSESSED) || this == DISPUTED;
    }
}
