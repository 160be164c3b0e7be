package vn.giamngheo.common.web;

import jakarta.enterprise.context.RequestScoped;
import java.util.concurrent.ThreadLocalRandom;

/** The id that ties one request's answer, log lines and audit events together. */
@RequestScoped
public class RequestTrace {
    private String id;

    public String id() {
        if (id == null) {
            id = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
        }
        return id;
    }
}
