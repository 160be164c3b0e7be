package vn.giamngheo.partner.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.partner.persistence.IdempotencyRepository;

/**
 * Idempotency-Key for partner writes (ARCHITECTURE §3): per client, the same key and body replay the first answer,
 * another body with the key is refused (422), and the answer is stored in the transaction of the batch's effects.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    /** A key is remembered this long; a retry later is a new request. */
    public static final Duration KEY_LIFETIME = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 100;

    private final IdempotencyRepository records;
    private final ObjectMapper json;

    Idempotency(IdempotencyRepository records, ObjectMapper json) {
        this.records = records;
        this.json = json;
    }

    /** Runs the work once per client and key, or replays the answer it gave; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Answer once(String clientId, String key, String operation, Object request, Supplier<Object> work) {
        if (key == null || key.isBlank()) {
            throw badKey("IDEMPOTENCY_KEY_REQUIRED", "is required: a unique value per batch, such as a UUID, reused only to retry it");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw badKey("IDEMPOTENCY_KEY_TOO_LONG", "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(operation, request);
        Instant now = Instant.now();
        records.forgetBefore(clientId, now.minus(KEY_LIFETIME));
        if (!records.claim(clientId, key, hash, now)) {
            IdempotencyRepository.Stored first = records.find(clientId, key).orElseThrow();
            if (!first.requestHash().equals(hash)) {
                throw ProblemException.rule("IDEMPOTENCY_KEY_REUSED",
                        "This Idempotency-Key was used for a different request in the last 24 hours; send a new key with a new batch");
            }
            return new Answer(first.status(), first.response(), true);
        }
        String body = write(work.get());
        records.complete(clientId, key, 200, body);
        return new Answer(200, body, false);
    }

    private static ProblemException badKey(String code, String detail) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, code, "The " + HEADER + " header " + detail,
                List.of(FieldError.param(HEADER, code, detail)));
    }

    /** The request as the API read it (not its bytes), so spacing and field order do not make a retry a new request. */
    private String hash(String operation, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((operation + "\n" + write(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
