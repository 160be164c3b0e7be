package vn.giamngheo.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: a JSON pointer into the body, or the name of a query/path parameter. */
@JsonInclude(JsonInclude.Include.NON_NULL)

public record FieldError(
        @Schema(description = "RFC 6901 JSON pointer into the request body", examples = "/members/0/citizenId") String pointer,
        @Schema(description = "Name of the query or path parameter", examples = "size") String parameter,
        @Schema(description = "What is wrong, in the caller's language when it asked for one", examples = "must be 12 digits") String detail,
        @Schema(description = "Machine-readable reason", examples = "CITIZEN_ID_PROVINCE") String code) {

    public static FieldError body(String pointer, String code, String detail) {
        return new FieldError(pointer, null, detail, code);
    }

    public static FieldError param(String parameter, String code, String detail) {
        return new FieldError(null, parameter, detail, code);
    }
}
