package vn.giamngheo.common.error;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every non-2xx answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)

public record Problem(
        @Schema(description = "Relative URI of the problem type", examples = "/problems/validation-failed") String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "2 fields are invalid") String detail,
        @Schema(description = "The request path", examples = "/api/v1/households") String instance,
        @Schema(examples = "VALIDATION_FAILED") String code,
        @Schema(description = "Present for validation failures") List<FieldError> errors,
        @Schema(description = "Correlates the answer with the service's log", examples = "5f0c2d9a1b7e4c3a") String traceId,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public Problem(String type, String title, int status, String detail, String instance, String code, List<FieldError> errors,
                   String traceId) {
        this(type, title, status, detail, instance, code, errors, traceId, Map.of());
    }

    /** Extension members of one problem type (RFC 9457 §3.2), written beside the standard ones; the contract names them. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
