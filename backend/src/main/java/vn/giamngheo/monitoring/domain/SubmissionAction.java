package vn.giamngheo.monitoring.domain;

/** The workflow's steps: the unit submits (or resubmits after a return); the standing office returns or accepts. */
public enum SubmissionAction {
    SUBMIT, RETURN, ACCEPT;

    /** Taken by the standing office, not by the reporting unit. */
    public boolean byStandingOffice() {
        return this != SUBMIT;
    }

    String pastTense() {
        return switch (this) {
            case SUBMIT -> "submitted";
            case RETURN -> "returned";
            case ACCEPT -> "accepted";
        };
    }
}
