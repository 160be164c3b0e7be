package vn.giamngheo.partner.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The first answer to each (client, Idempotency-Key), kept in idempotency_record. */
@ApplicationScoped
public class IdempotencyRepository {
    private final EntityManager em;

    IdempotencyRepository(EntityManager em) {
        this.em = em;
    }

    /** An answer given before. */
    public record Stored(String requestHash, int status, String response) {
    }

    /** Forgets the client's keys used before the cutoff (cleanup is lazy: it happens on the client's next write). */
    public void forgetBefore(String clientId, Instant cutoff) {
        em.createNativeQuery("delete from idempotency_record where client_id = :client and created_at < :cutoff")
                .setParameter("client", clientId).setParameter("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC)).executeUpdate();
    }

    /**
     * Takes the key for this transaction; false when it was taken already. A concurrent request with the same key
     * waits here on the primary key until the first one commits (then it finds its answer) or rolls back (then it
     * takes the key itself), so a batch is never applied twice.
     */
    public boolean claim(String clientId, String key, String requestHash, Instant now) {
        return em.createNativeQuery("""
                insert into idempotency_record (client_id, key, request_hash, created_at) values (:client, :key, :hash, :now)
                on conflict do nothing""").setParameter("client", clientId).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    public Optional<Stored> find(String clientId, String key) {
        List<Object[]> rows = em.createNativeQuery("select request_hash, status, response from idempotency_record where client_id = :client and key = :key")
                .setParameter("client", clientId).setParameter("key", key).getResultList();
        return rows.stream().findFirst().map(r -> new Stored((String) r[0], ((Number) r[1]).intValue(), (String) r[2]));
    }

    /** Keeps the answer with the key, in the transaction of the batch's effects. */
    public void complete(String clientId, String key, int status, String response) {
        em.createNativeQuery("update idempotency_record set status = :status, response = :response where client_id = :client and key = :key")
                .setParameter("status", status).setParameter("response", response).setParameter("client", clientId).setParameter("key", key)
                .executeUpdate();
    }
}
