package vn.giamngheo.household.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import vn.giamngheo.household.api.HouseholdKey;

/**
 * Bulk reads and writes of households and members for imports: plain JDBC on the transaction's connection, COPY for
 * new rows (the member triggers then fill the name terms once per statement, as for any insert), batched updates for
 * changed ones, and set-based statements for undoing a batch.
 */
@ApplicationScoped
public class HouseholdBulkRepository {
    /** Columns of household_member restored by an undo (everything but the key, the household and generated terms). */
    private static final String MEMBER_COLUMNS = "person_id, full_name, date_of_birth, sex, relationship, citizen_id, ethnicity,"
            + " disability, school_attendance, education_level, employment, labour_contract, hi_card_number, hi_card_expiry,"
            + " joined_on, join_reason, left_on, leave_reason, leave_note, active";
    private static final String HOUSEHOLD_COLUMNS = "hamlet_code, address, phone, monthly_income_per_capita_vnd, floor_area_m2,"
            + " wall_material, column_material, roof_material, water_source, latrine_type, uses_telecom, hears_loudspeaker, devices,"
            + " head_name, member_count, archived_at, archive_reason, archive_note, merged_into_id";

    private final EntityManager em;

    HouseholdBulkRepository(EntityManager em) {
        this.em = em;
    }

    /** A current member as a bulk update matches it. */
    public record CurrentMember(UUID id, UUID householdId, String citizenId, String fullName, LocalDate dateOfBirth, String relationship) {
    }

    public Map<String, HouseholdKey> byCodes(Collection<String> codes) {
        Map<String, HouseholdKey> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, code, commune_code, archived_at is not null from household where code = any(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", codes.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(2), new HouseholdKey(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                    }
                }
            }
            return out;
        });
    }

    /** The household of each citizen id held by a current member of a registered household. */
    public Map<String, HouseholdKey> byActiveCitizenIds(Collection<String> citizenIds) {
        Map<String, HouseholdKey> out = new HashMap<>();
        if (citizenIds.isEmpty()) {
            return out;
        }
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select m.citizen_id, h.id, h.code, h.commune_code, h.archived_at is not null"
                    + " from household_member m join household h on h.id = m.household_id where m.active and m.citizen_id = any(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", citizenIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new HouseholdKey(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                    }
                }
            }
            return out;
        });
    }

    public List<CurrentMember> currentMembers(Collection<UUID> householdIds) {
        List<CurrentMember> out = new ArrayList<>();
        if (householdIds.isEmpty()) {
            return out;
        }
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, household_id, citizen_id, full_name, date_of_birth, relationship"
                    + " from household_member where household_id = any(?) and left_on is null order by household_id, joined_on, id")) {
                ps.setArray(1, c.createArrayOf("uuid", householdIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CurrentMember(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), rs.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /** Household codes for {@code n} new households, in one round trip. */
    public List<Long> nextCodeNumbers(int n) {
        List<Long> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select nextval('household_code_seq') from generate_series(1, ?)")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Keeps each household's row and members as they are now, once per batch (the first change is what an undo restores).
     * Its version is set by {@link #rememberVersions} once the batch has written it.
     */
    public void rememberBefore(UUID batchId, Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into household_batch_change (batch_id, household_id, created, household_before,"
                    + " members_before, version_after) select ?, h.id, false, to_jsonb(h) - 'name_words',"
                    + " (select coalesce(jsonb_agg(to_jsonb(m) - 'name_words'), '[]'::jsonb) from household_member m where m.household_id = h.id),"
                    + " h.version from household h where h.id = any(?) on conflict do nothing")) {
                ps.setObject(1, batchId);
                ps.setArray(2, c.createArrayOf("uuid", householdIds.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void rememberCreated(UUID batchId, Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into household_batch_change (batch_id, household_id, created, version_after)"
                    + " select ?, unnest(?::uuid[]), true, 0 on conflict do nothing")) {
                ps.setObject(1, batchId);
                ps.setArray(2, c.createArrayOf("uuid", householdIds.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Records the households' versions as the batch leaves them; a later write of the same batch records its own. */
    public void rememberVersions(UUID batchId, Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("update household_batch_change b set version_after = h.version from household h"
                    + " where b.batch_id = ? and b.household_id = h.id and h.id = any(?)")) {
                ps.setObject(1, batchId);
                ps.setArray(2, c.createArrayOf("uuid", householdIds.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Households of a batch changed since the batch wrote them: the first {@code limit} codes, and how many there are. */
    public record ChangedSince(List<String> codes, int count) {
    }

    public ChangedSince changedSince(UUID batchId, int limit) {
        return work(c -> {
            List<String> codes = new ArrayList<>();
            int count = 0;
            try (PreparedStatement ps = c.prepareStatement("select h.code, count(*) over () from household_batch_change b"
                    + " join household h on h.id = b.household_id where b.batch_id = ? and h.version <> b.version_after"
                    + " order by h.code limit ?")) {
                ps.setObject(1, batchId);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                        count = rs.getInt(2);
                    }
                }
            }
            return new ChangedSince(codes, count);
        });
    }

    /** Members the batch added to households it changed (not among the members it remembered). */
    public List<UUID> addedMembers(UUID batchId) {
        return work(c -> {
            List<UUID> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select m.id from household_batch_change b join household_member m"
                    + " on m.household_id = b.household_id where b.batch_id = ? and not b.created and not exists"
                    + " (select from jsonb_array_elements(b.members_before) e where (e ->> 'id')::uuid = m.id)")) {
                ps.setObject(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return out;
        });
    }

    /** COPY text rows into a table; {@code rows} holds complete lines. */
    public void copy(String table, String columns, CharSequence rows) {
        if (rows.isEmpty()) {
            return;
        }
        work(c -> {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin",
                        new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** A statement run once per parameter row, as one JDBC batch. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        Object v = row[i];
                        if (v instanceof String[] array) {
                            ps.setArray(i + 1, c.createArrayOf("varchar", array));
                        } else if (v instanceof Instant t) {
                            ps.setTimestamp(i + 1, Timestamp.from(t));
                        } else {
                            ps.setObject(i + 1, v);
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Member count and head name of the households, from their current members. */
    public void refreshRosterSummaries(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return;
        }
        work(c -> {
            try (PreparedStatement ps = c.prepareStatement("update household h set member_count = s.n, head_name = coalesce(s.head, h.head_name)"
                    + " from (select household_id, count(*) as n, max(full_name) filter (where relationship = 'HEAD') as head"
                    + " from household_member where household_id = any(?) and left_on is null group by household_id) s where h.id = s.household_id")) {
                ps.setArray(1, c.createArrayOf("uuid", householdIds.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The households a batch created and those it changed. */
    public record BatchHouseholds(List<UUID> created, List<UUID> changed, Map<UUID, String> communes) {
    }

    public BatchHouseholds batchHouseholds(UUID batchId) {
        return work(c -> {
            List<UUID> created = new ArrayList<>();
            List<UUID> changed = new ArrayList<>();
            Map<UUID, String> communes = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select b.household_id, b.created, h.commune_code from household_batch_change b"
                    + " left join household h on h.id = b.household_id where b.batch_id = ?")) {
                ps.setObject(1, batchId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        (rs.getBoolean(2) ? created : changed).add(id);
                        communes.put(id, rs.getString(3));
                    }
                }
            }
            return new BatchHouseholds(created, changed, communes);
        });
    }

    /**
     * Undoes a batch: its new households and their members are removed, its changed households and their members get
     * their remembered rows back (members it added are removed, members it ended are current again). Added members in
     * {@code kept} leave on {@code today} instead of being removed; they go first, so that their citizen ids and the
     * head's place are free. The head is restored last, so that there is one head at every step.
     */
    public void undo(UUID batchId, String actor, Instant now, LocalDate today, Collection<UUID> kept) {
        work(c -> {
            run(c, "delete from household_member m using household_batch_change b where b.batch_id = ? and b.created"
                    + " and m.household_id = b.household_id", batchId);
            run(c, "delete from household h using household_batch_change b where b.batch_id = ? and b.created and h.id = b.household_id", batchId);
            if (!kept.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("update household_member set left_on = greatest(joined_on, ?),"
                        + " leave_reason = 'OTHER', leave_note = ?, active = false where id = any(?)")) {
                    ps.setObject(1, today);
                    ps.setString(2, "import " + batchId + " undone");
                    ps.setArray(3, c.createArrayOf("uuid", kept.toArray()));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("delete from household_member m using household_batch_change b where b.batch_id = ?"
                    + " and not b.created and m.household_id = b.household_id and m.id <> all(?) and not exists"
                    + " (select from jsonb_array_elements(b.members_before) e where (e ->> 'id')::uuid = m.id)")) {
                ps.setObject(1, batchId);
                ps.setArray(2, c.createArrayOf("uuid", kept.toArray()));
                ps.executeUpdate();
            }
            String restore = "update household_member m set (" + MEMBER_COLUMNS + ") = (select " + prefixed("r.", MEMBER_COLUMNS) + ")"
                    + " from household_batch_change b, jsonb_populate_recordset(null::household_member, b.members_before) r"
                    + " where b.batch_id = ? and not b.created and m.id = r.id and ";
            // first everyone who was not the head (this demotes a head the batch made), then who was
            run(c, restore + "not (r.relationship = 'HEAD' and r.left_on is null)", batchId);
            run(c, restore + "r.relationship = 'HEAD' and r.left_on is null", batchId);
            try (PreparedStatement ps = c.prepareStatement("update household h set (" + HOUSEHOLD_COLUMNS + ") = (select "
                    + prefixed("r.", HOUSEHOLD_COLUMNS) + "), updated_at = ?, updated_by = ?, version = h.version + 1"
                    + " from household_batch_change b, jsonb_populate_record(null::household, b.household_before) r"
                    + " where b.batch_id = ? and not b.created and h.id = b.household_id")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setString(2, actor);
                ps.setObject(3, batchId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The rows of a query one at a time from a server-side cursor (the transaction must stay open while they are read),
     * so an export of a million rows never holds them. {@code communeCode} null reads every commune.
     */
    @SuppressWarnings("unchecked")
    public java.util.stream.Stream<Object[]> stream(String sql, String communeCode) {
        var q = em.createNativeQuery(sql).setHint("org.hibernate.fetchSize", 2000).setHint("org.hibernate.readOnly", true);
        if (communeCode != null) {
            q.setParameter("commune", communeCode);
        }
        return q.getResultStream();
    }

    private static void run(Connection c, String sql, UUID batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, batchId);
            ps.executeUpdate();
        }
    }

    private static String prefixed(String prefix, String columns) {
        StringBuilder b = new StringBuilder();
        for (String col : columns.split(",")) {
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(prefix).append(col.strip());
        }
        return b.toString();
    }

    private <T> T work(org.hibernate.jdbc.ReturningWork<T> w) {
        Session session = em.unwrap(Session.class);
        session.flush();
        return session.doReturningWork(w);
    }
}
