package vn.giamngheo.common.web;

import java.util.List;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;

/** Optimistic concurrency over HTTP: the ETag is the entity version, updates must send it back in If-Match. */
public final class Versions {
    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Parses an If-Match header ("3", W/"3" or 3); 428 when absent, 400 when unreadable. */
    public static long requireIfMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "IF_MATCH_REQUIRED",
                    "Send the record's ETag in If-Match so that a concurrent change is not overwritten");
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "MALFORMED_REQUEST", "If-Match is not an ETag of this API",
                    List.of(FieldError.param("If-Match", "ETAG", "must be an ETag such as \"3\"")));
        }
    }

    /** 412 when the caller edited an older version than the stored one. */
    public static void check(long expected, long actual) {
        if (expected != actual) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "STALE_VERSION",
                    "Someone else changed this record first (you sent version " + expected + ", it is now " + actual
                            + "); reload it and apply your change again");
        }
    }
}
