package vn.giamngheo.review.domain;

import java.util.Map;
import java.util.Set;

/**
 * Where a commune stands in a cycle. Assessments and community meetings happen while ASSESSING; the results are
 * posted publicly (POSTING); the commune chairman decides (DECIDED); the district consolidates the cycle.
 * An upheld complaint that changes a result sends the commune back to ASSESSING so the change is posted again.
 */
public enum CommuneStage {
    ASSESSING, POSTING, DECIDED, CONSOLIDATED;

    private static final Map<CommuneStage, Set<CommuneStage>> NEXT = Map.of(
            ASSESSING, Set.of(POSTING),
            POSTING, Set.of(DECIDED, ASSESSING),
            DECIDED, Set.of(CONSOLIDATED),
            CONSOLIDATED, Set.of());

    public CommuneStage moveTo(CommuneStage next) {
        if (!NEXT.get(this).contains(next)) {
            throw new IllegalTransition("A commune review in stage " + this + " cannot move to " + next);
        }
        return next;
    }
}
