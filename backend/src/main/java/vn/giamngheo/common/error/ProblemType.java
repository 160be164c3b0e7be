package vn.giamngheo.common.error;

/** The problem types of the catalogue (STYLE.md); each fixes the status and title. */
public enum ProblemType {
    VALIDATION_FAILED("/problems/validation-failed", 400, "Invalid request"),
    MALFORMED_REQUEST("/problems/malformed-request", 400, "Malformed request"),
    UNAUTHENTICATED("/problems/unauthenticated", 401, "Authentication required"),
    FORBIDDEN("/problems/forbidden", 403, "Not allowed"),
    NOT_FOUND("/problems/not-found", 404, "Not found"),
    NOT_ACCEPTABLE("/problems/not-acceptable", 406, "Not acceptable"),
    METHOD_NOT_ALLOWED("/problems/method-not-allowed", 405, "Method not allowed"),
    CONFLICT("/problems/conflict", 409, "Conflict"),
    LENGTH_REQUIRED("/problems/length-required", 411, "Length required"),
    PRECONDITION_FAILED("/problems/precondition", 412, "Precondition failed"),
    PRECONDITION_REQUIRED("/problems/precondition", 428, "Precondition required"),
    TOO_LARGE("/problems/too-large", 413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("/problems/unsupported-media-type", 415, "Unsupported media type"),
    RULE_VIOLATED("/problems/rule-violated", 422, "Rule violated"),
    TOO_MANY_REQUESTS("/problems/too-many-requests", 429, "Too many requests"),
    INTERNAL("/problems/internal", 500, "Internal error"),
    UNAVAILABLE("/problems/unavailable", 503, "Service busy");

    public final String uri;
    public final int status;
    public final String title;

    ProblemType(String uri, int status, String title) {
        this.uri = uri;
        this.status = status;
        this.title = title;
    }
}
