package vn.giamngheo.common.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;

/**
 * Typed query values read from text, so a bad one answers 400 naming the parameter and what it accepts. (When the
 * framework converts a typed parameter itself, a bad value only says that some parameter has the wrong format.)
 * Declare the parameter as a string and give the contract its real schema with {@code @Parameter(schema = …)}.
 */
public final class QueryValues {
    private QueryValues() {
    }

    /** Null when absent. */
    public static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // UUID.fromString accepts shortened groups ("1-2-3-4-5"); the contract's uuid format does not
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(FieldError.param(parameter, "WRONG_TYPE", "must be a UUID")));
        }
    }

    /** Null when absent. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw ProblemException.invalid(List.of(FieldError.param(parameter, "UNKNOWN_VALUE", "must be one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")))));
    }

    /** A repeatable parameter; empty when absent. */
    public static <E extends Enum<E>> List<E> allOf(String parameter, List<String> values, Class<E> type) {
        List<E> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                E e = oneOf(parameter, v, type);
                if (e != null && !out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
