package vn.giamngheo.benefit.domain;

/** A step the entitlement's state machine does not allow from where it stands (409 ILLEGAL_TRANSITION). */
public class IllegalStep extends RuntimeException {
    public IllegalStep(String message) {
        super(message, null, false, false);
    }
}
