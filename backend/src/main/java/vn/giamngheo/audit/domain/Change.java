package vn.giamngheo.audit.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One changed field. Identity numbers are never copied into the log: {@code masked} says the value changed
 * without repeating it.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Change(String field, Object from, Object to, boolean masked) {
    public static Change of(String field, Object from, Object to) {
        return new Change(field, from, to, false);
    }

    public static Change masked(String field) {
        return new Change(field, null, null, true);
    }
}
