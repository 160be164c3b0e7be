package vn.giamngheo.common.error;

import java.util.List;
import java.util.Map;

/** Thrown anywhere below the resources; rendered as a problem by {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {
    public final ProblemType type;
    public final String code;
    public final List<FieldError> errors;
    /** Seconds after which a retry may succeed (429, 503); null when it does not apply. */
    public final Long retryAfterSeconds;
    /** Extension members of the problem (RFC 9457 §3.2), each documented in the contract's Problem schema. */
    public final Map<String, Object> extensions;

    public ProblemException(ProblemType type, String code, String detail) {
        this(type, code, detail, List.of());
    }

    public ProblemException(ProblemType type, String code, String detail, List<FieldError> errors) {
        this(type, code, detail, errors, null);
    }

    public ProblemException(ProblemType type, String code, String detail, List<FieldError> errors, Long retryAfterSeconds) {
        this(type, code, detail, errors, retryAfterSeconds, Map.of());
    }

    public ProblemException(ProblemType type, String code, String detail, List<FieldError> errors, Long retryAfterSeconds,
                            Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.type = type;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
        this.extensions = Map.copyOf(extensions);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, code, detail);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 input is invalid" : errors.size() + " inputs are invalid";
        return new ProblemException(ProblemType.VALIDATION_FAILED, "VALIDATION_FAILED", detail, errors);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(ProblemType.CONFLICT, code, detail);
    }

    public static ProblemException rule(String code, String detail) {
        return new ProblemException(ProblemType.RULE_VIOLATED, code, detail);
    }
}
