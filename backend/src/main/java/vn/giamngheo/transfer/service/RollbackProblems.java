package vn.giamngheo.transfer.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.Problem;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;

/**
 * Why a rollback run by the worker was not done, kept with the job as the problem a refused request would have
 * answered (BATCH_IN_USE, BATCH_CHANGED_SINCE with its households), so that clients show it the same way.
 */
final class RollbackProblems {
    /** A rollback that stopped for any other reason: an error, the timeout, its worker dying again and again. */
    static final String FAILED = "ROLLBACK_FAILED";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STANDARD = List.of("type", "title", "status", "detail", "instance", "code", "errors", "traceId");

    private RollbackProblems() {
    }

    static Problem of(ProblemException e, UUID jobId) {
        return new Problem(e.type.uri, e.type.title, e.type.status, e.getMessage(), instance(jobId), e.code, e.errors, null, e.extensions);
    }

    static Problem failed(UUID jobId, String detail) {
        ProblemType t = ProblemType.INTERNAL;
        return new Problem(t.uri, t.title, t.status, detail, jobId == null ? null : instance(jobId), FAILED, List.of(), null, Map.of());
    }

    static String json(Problem p) {
        try {
            return JSON.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored problem; its extension members come back beside the standard ones. */
    static Problem read(String json) {
        if (json == null) {
            return null;
        }
        try {
            Map<String, Object> m = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
            List<FieldError> errors = m.get("errors") == null ? List.of() : JSON.convertValue(m.get("errors"), new TypeReference<List<FieldError>>() { });
            Map<String, Object> extensions = new LinkedHashMap<>(m);
            STANDARD.forEach(extensions::remove);
            return new Problem(text(m, "type"), text(m, "title"), m.get("status") instanceof Number n ? n.intValue() : 0, text(m, "detail"),
                    text(m, "instance"), text(m, "code"), errors, text(m, "traceId"), extensions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static String instance(UUID jobId) {
        return "/api/v1/imports/" + jobId + "/rollback";
    }
}
