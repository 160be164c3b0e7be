package vn.giamngheo.monitoring.domain;

import java.util.Map;

/**
 * A report submission's way to the standing office: draft → submitted → returned (with a comment) → resubmitted →
 * accepted. Returned and resubmitted may repeat; accepted is final. The unit edits only a draft or a returned report.
 */
public enum SubmissionState {
    DRAFT, SUBMITTED, RETURNED, RESUBMITTED, ACCEPTED;

    private static final Map<SubmissionState, Map<SubmissionAction, SubmissionState>> NEXT = Map.of(
            DRAFT, Map.of(SubmissionAction.SUBMIT, SUBMITTED),
            SUBMITTED, Map.of(SubmissionAction.RETURN, RETURNED, SubmissionAction.ACCEPT, ACCEPTED),
            RETURNED, Map.of(SubmissionAction.SUBMIT, RESUBMITTED),
            RESUBMITTED, Map.of(SubmissionAction.RETURN, RETURNED, SubmissionAction.ACCEPT, ACCEPTED),
            ACCEPTED, Map.of());

    /** The state after the action, or {@link IllegalTransition} when the action does not follow from this state. */
    public SubmissionState after(SubmissionAction action) {
        SubmissionState next = NEXT.get(this).get(action);
        if (next == null) {
            throw new IllegalTransition("A report in state " + this + " cannot be " + action.pastTense()
                    + (this == ACCEPTED ? ": it has been accepted" : ""));
        }
        return next;
    }

    /** The unit may change the content (indicators, narratives, budget, attachments). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Handed in and waiting for the standing office. */
    public boolean awaitingReview() {
        return this == SUBMITTED || this == RESUBMITTED;
    }
}
