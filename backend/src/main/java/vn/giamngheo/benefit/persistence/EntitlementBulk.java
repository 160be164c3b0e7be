package vn.giamngheo.benefit.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import vn.giamngheo.benefit.domain.EntitlementState;

/**
 * The recompute's reads and writes of entitlements, set-based: one statement reads the live entitlements of a
 * chunk of households, and one statement each ends, changes and creates entitlements and appends their events
 * (arrays bound as parameters and unnested by PostgreSQL). Everything runs on the transaction's connection; the
 * Hibernate session is flushed first, so rows it holds (a member just added) are there for the foreign keys.
 */
@ApplicationScoped
public class EntitlementBulk {
    private final EntityManager em;
    private final ObjectMapper json;

    EntitlementBulk(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** A live entitlement as the recompute reads it. */
    public record LiveRow(UUID id, UUID householdId, String programCode, String ruleCode, UUID subject, LocalDate validFrom,
                          LocalDate validTo, BigDecimal supportRatePercent, Long amountCapVnd, Long monthlyAmountVnd,
                          EntitlementState state) {
    }

    /** A new entitlement, ELIGIBLE. */
    public record NewRow(UUID id, String programCode, String ruleCode, UUID householdId, UUID memberId, UUID personId, String communeCode,
                         UUID statusRecordId, BigDecimal supportRatePercent, Long amountCapVnd, Long monthlyAmountVnd, LocalDate validFrom,
                         LocalDate validTo) {
    }

    /** New terms of a live entitlement. */
    public record ChangedRow(UUID id, LocalDate validTo, BigDecimal supportRatePercent, Long amountCapVnd, Long monthlyAmountVnd) {
    }

    /** A live entitlement that ends (EXPIRED) with its reason. */
    public record EndedRow(UUID id, String reason) {
    }

    /** An event appended to an entitlement's history. */
    public record EventRow(UUID entitlementId, String kind, EntitlementState from, EntitlementState to, Map<String, Object> detail) {
    }

    public List<LiveRow> live(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return work(c -> {
            List<LiveRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id, household_id, program_code, rule_code,"
                    + " coalesce(person_id, household_id), valid_from, valid_to, support_rate_percent, amount_cap_vnd, monthly_amount_vnd, state"
                    + " from entitlement where household_id = any(?) and state not in ('EXPIRED', 'REVOKED')")) {
                ps.setArray(1, c.createArrayOf("uuid", householdIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new LiveRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                rs.getObject(5, UUID.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                                rs.getBigDecimal(8), nullableLong(rs, 9), nullableLong(rs, 10), EntitlementState.valueOf(rs.getString(11))));
                    }
                }
            }
            return out;
        });
    }

    /** Ends live entitlements as EXPIRED on {@code on}; the entitlement_changed trigger numbers each change for the feeds. */
    public void expire(List<EndedRow> rows, LocalDate on, Instant now, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("update entitlement e set state = 'EXPIRED', ended_on = ?, end_reason = u.reason,"
                    + " updated_at = ?, updated_by = ?, version = e.version + 1"
                    + " from unnest(?::uuid[], ?::varchar[]) as u(id, reason) where e.id = u.id")) {
                ps.setObject(1, on);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, actor);
                ps.setArray(4, c.createArrayOf("uuid", rows.stream().map(EndedRow::id).toArray()));
                ps.setArray(5, c.createArrayOf("varchar", rows.stream().map(r -> truncate(r.reason(), 300)).toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void change(List<ChangedRow> rows, Instant now, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("update entitlement e set valid_to = u.valid_to,"
                    + " support_rate_percent = u.rate, amount_cap_vnd = u.cap, monthly_amount_vnd = u.monthly,"
                    + " updated_at = ?, updated_by = ?, version = e.version + 1"
                    + " from unnest(?::uuid[], ?::date[], ?::numeric[], ?::bigint[], ?::bigint[]) as u(id, valid_to, rate, cap, monthly)"
                    + " where e.id = u.id")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, actor);
                ps.setArray(3, c.createArrayOf("uuid", rows.stream().map(ChangedRow::id).toArray()));
                ps.setArray(4, c.createArrayOf("varchar", rows.stream().map(r -> text(r.validTo())).toArray()));
                ps.setArray(5, c.createArrayOf("varchar", rows.stream().map(r -> text(r.supportRatePercent())).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", rows.stream().map(r -> text(r.amountCapVnd())).toArray()));
                ps.setArray(7, c.createArrayOf("varchar", rows.stream().map(r -> text(r.monthlyAmountVnd())).toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void create(List<NewRow> rows, Instant now, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into entitlement (id, program_code, rule_code, household_id, member_id,"
                    + " person_id, commune_code, status_record_id, support_rate_percent, amount_cap_vnd, monthly_amount_vnd, valid_from,"
                    + " valid_to, state, created_at, created_by, updated_at, updated_by, version)"
                    + " select u.*, 'ELIGIBLE', ?, ?, ?, ?, 0 from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::uuid[], ?::uuid[], ?::uuid[],"
                    + " ?::varchar[], ?::uuid[], ?::numeric[], ?::bigint[], ?::bigint[], ?::date[], ?::date[]) as u")) {
                Timestamp at = Timestamp.from(now);
                ps.setTimestamp(1, at);
                ps.setString(2, actor);
                ps.setTimestamp(3, at);
                ps.setString(4, actor);
                ps.setArray(5, c.createArrayOf("uuid", rows.stream().map(NewRow::id).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", rows.stream().map(NewRow::programCode).toArray()));
                ps.setArray(7, c.createArrayOf("varchar", rows.stream().map(NewRow::ruleCode).toArray()));
                ps.setArray(8, c.createArrayOf("uuid", rows.stream().map(NewRow::householdId).toArray()));
                ps.setArray(9, c.createArrayOf("uuid", rows.stream().map(NewRow::memberId).toArray()));
                ps.setArray(10, c.createArrayOf("uuid", rows.stream().map(NewRow::personId).toArray()));
                ps.setArray(11, c.createArrayOf("varchar", rows.stream().map(NewRow::communeCode).toArray()));
                ps.setArray(12, c.createArrayOf("uuid", rows.stream().map(NewRow::statusRecordId).toArray()));
                ps.setArray(13, c.createArrayOf("varchar", rows.stream().map(r -> text(r.supportRatePercent())).toArray()));
                ps.setArray(14, c.createArrayOf("varchar", rows.stream().map(r -> text(r.amountCapVnd())).toArray()));
                ps.setArray(15, c.createArrayOf("varchar", rows.stream().map(r -> text(r.monthlyAmountVnd())).toArray()));
                ps.setArray(16, c.createArrayOf("varchar", rows.stream().map(r -> text(r.validFrom())).toArray()));
                ps.setArray(17, c.createArrayOf("varchar", rows.stream().map(r -> text(r.validTo())).toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void events(List<EventRow> rows, LocalDate on, Instant now, String actor) {
        if (rows.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into entitlement_event (id, entitlement_id, kind, from_state, to_state,"
                    + " occurred_on, detail, recorded_at, recorded_by)"
                    + " select gen_random_uuid(), u.entitlement_id, u.kind, u.from_state, u.to_state, ?, u.detail::jsonb, ?, ?"
                    + " from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[])"
                    + " as u(entitlement_id, kind, from_state, to_state, detail)")) {
                ps.setObject(1, on);
                ps.setTimestamp(2, Timestamp.from(now));
                ps.setString(3, actor);
                ps.setArray(4, c.createArrayOf("uuid", rows.stream().map(EventRow::entitlementId).toArray()));
                ps.setArray(5, c.createArrayOf("varchar", rows.stream().map(EventRow::kind).toArray()));
                ps.setArray(6, c.createArrayOf("varchar", rows.stream().map(r -> r.from() == null ? null : r.from().name()).toArray()));
                ps.setArray(7, c.createArrayOf("varchar", rows.stream().map(r -> r.to().name()).toArray()));
                ps.setArray(8, c.createArrayOf("text", rows.stream().map(r -> json(r.detail())).toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Writes what the session holds before statements that bypass it, and turns PostgreSQL's JIT off for the rest of
     * the transaction: a recompute's statements are index lookups of a few thousand rows, but the planner's
     * estimate for the lookup of once-only programs per member crosses the JIT threshold, and compiling cost
     * about 0.5 s per statement (measured on 1M persons).
     */
    public void prepare() {
        em.flush();
        em.createNativeQuery("set local jit = off").executeUpdate();
    }

    // ---- helpers

    private String json(Map<String, Object> detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Dates and numbers travel as text arrays, cast by the statement. */
    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
