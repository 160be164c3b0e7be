package vn.giamngheo.monitoring.domain;

/** A workflow step that does not follow from where the submission stands. */
public class IllegalTransition extends RuntimeException {
    public IllegalTransition(String message) {
        super(message, null, false, false);
    }
}
