package vn.giamngheo.review.domain;

/** A step the review's state machine does not allow from where the case or commune stands. */
public class IllegalTransition extends RuntimeException {
    public IllegalTransition(String message) {
        super(message, null, false, false);
    }
}
