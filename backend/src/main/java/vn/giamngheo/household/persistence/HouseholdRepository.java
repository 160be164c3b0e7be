package vn.giamngheo.household.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.household.api.HouseholdQuery;
import vn.giamngheo.household.api.HouseholdSummary;
import vn.giamngheo.household.api.RegisteredHousehold;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {
    private static final java.util.regex.Pattern HOUSEHOLD_CODE = java.util.regex.Pattern.compile("\\d{5}-\\d{6}");
    private static final int FETCH_SIZE = 5000;
    private final EntityManager em;

    HouseholdRepository(EntityManager em) {
        this.em = em;
    }

    /** Counting every match of a common name costs more than the page itself; past this many, say "at least". */
    public static final int COUNT_LIMIT = 1000;

    /** {@code total} is exact when {@code exact}, otherwise a lower bound ({@link #COUNT_LIMIT}). */
    public record Result(List<HouseholdSummary> items, long total, boolean exact) {
    }

    /** A household the caller may see; empty outside the caller's area, which the API answers with 404. */
    public Optional<Household> findInScope(UUID id, AreaFilter area) {
        if (area.isEmpty()) {
            return Optional.empty();
        }
        return findByIdOptional(id).filter(h -> area.all() || h.communeCode.equals(area.communeCode()));
    }

    public String nextCode(String communeCode) {
        Number n = (Number) em.createNativeQuery("select nextval('household_code_seq')").getSingleResult();
        return communeCode + "-" + String.format("%06d", n.longValue());
    }

    /** Set-based search: one statement for the page, one for a count bounded by {@link #COUNT_LIMIT}, both driven by indexes. */
    public Result search(HouseholdQuery q, AreaFilter area, PageQuery page) {
        StringBuilder where = new StringBuilder(" where (h.archived_at is not null) = :archived");
        Map<String, Object> params = new HashMap<>();
        params.put("archived", q.archived);
        if (!area.all()) {
            where.append(" and h.commune_code = :commune");
            params.put("commune", area.communeCode());
        }
        if (q.hamletCode != null) {
            where.append(" and h.hamlet_code = :hamlet");
            params.put("hamlet", q.hamletCode);
        }
        if (q.code != null) {
            where.append(" and h.code = :code");
            params.put("code", q.code);
        }
        if (q.citizenId != null) {
            where.append(" and h.id in (select m.household_id from household_member m where m.citizen_id = :cid and m.left_on is null)");
            params.put("cid", q.citizenId);
        }
        if (q.q != null && !q.q.isBlank()) {
            String text = q.q.strip();
            // A code-shaped query is a code lookup; anything else searches names. Keeping the two apart (no OR)
            // lets PostgreSQL drive the name search from the trigram index instead of scanning every household.
            if (HOUSEHOLD_CODE.matcher(text).matches()) {
                where.append(" and h.code = :qcode");
                params.put("qcode", text);
            } else {
                where.append(" and h.id in (select m.household_id from household_member m"
                        + " where m.left_on is null and m.name_key like '%' || gn_search_key(:qlike) || '%')");
                params.put("qlike", likeEscape(text.replaceAll("\\s+", " ")));
            }
        }
        String order = switch (q.sort) {
            case CODE -> " order by h.code, h.id";
            case HEAD_NAME -> " order by gn_search_key(h.head_name), h.head_name, h.id";
            case UPDATED_AT_DESC -> " order by h.updated_at desc, h.id";
        };
        Query select = em.createNativeQuery("select h.id, h.code, h.commune_code, c.name as commune_name, h.hamlet_code,"
                + " hm.name as hamlet_name, h.address, h.head_name, h.member_count, h.archived_at is not null, h.updated_at"
                + " from household h join area c on c.code = h.commune_code join area hm on hm.code = h.hamlet_code"
                + where + order + " limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*) from (select 1 from household h" + where
                + " limit " + (COUNT_LIMIT + 1) + ") matches");
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        select.setParameter("limit", page.size);
        select.setParameter("offset", page.offset());
        List<HouseholdSummary> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new HouseholdSummary((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).intValue(), (Boolean) r[9], instant(r[10])));
        }
        long counted = ((Number) count.getSingleResult()).longValue();
        // the page itself may lie beyond the limit; then what it shows is also known to match
        long total = Math.max(Math.min(counted, COUNT_LIMIT), page.offset() + items.size());
        return new Result(items, total, counted <= COUNT_LIMIT);
    }

    /** Memberships of the household on a date: joined on or before it and not left by then. */
    public List<HouseholdMember> membersAsOf(UUID householdId, LocalDate date) {
        return em.createQuery("from HouseholdMember m where m.household.id = :h and m.joinedOn <= :d"
                        + " and (m.leftOn is null or m.leftOn > :d) order by m.joinedOn, m.fullName", HouseholdMember.class)
                .setParameter("h", householdId)
                .setParameter("d", date)
                .getResultList();
    }

    /** The household of the active member holding this citizen id, if any other than {@code exceptMember}. */
    public Optional<UUID> householdOfActiveCitizen(String citizenId, UUID exceptMember) {
        return em.createQuery("select m.household.id from HouseholdMember m where m.active and m.citizenId = :cid"
                        + " and m.id <> :except", UUID.class)
                .setParameter("cid", citizenId)
                .setParameter("except", exceptMember == null ? new UUID(0, 0) : exceptMember)
                .getResultStream().findFirst();
    }

    public long countRegistered() {
        return ((Number) em.createNativeQuery("select count(*) from household where archived_at is null").getSingleResult()).longValue();
    }

    /**
     * Up to {@code limit} registered households after {@code after} in key order (from the first when null), with their
     * current members. Plain JDBC, two statements per chunk: bulk jobs read the whole registry this way, and loading
     * entities would cost more than the work itself.
     */
    public List<RegisteredHousehold> registeredAfter(UUID after, int limit) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<RegisteredHousehold> out = new ArrayList<>(limit);
            Map<UUID, List<RegisteredHousehold.Member>> members = new HashMap<>(limit * 2);
            try (PreparedStatement ps = c.prepareStatement("select id, code, commune_code, hamlet_code, monthly_income_per_capita_vnd,"
                    + " floor_area_m2, wall_material, column_material, roof_material, water_source, latrine_type, uses_telecom,"
                    + " hears_loudspeaker, devices from household where archived_at is null"
                    + (after == null ? "" : " and id > ?") + " order by id limit ?")) {
                int i = 1;
                if (after != null) {
                    ps.setObject(i++, after);
                }
                ps.setInt(i, limit);
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        List<RegisteredHousehold.Member> roster = new ArrayList<>(6);
                        members.put(id, roster);
                        out.add(new RegisteredHousehold(id, rs.getString(2), rs.getString(3), rs.getString(4), nullableLong(rs, 5),
                                rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                                rs.getString(11), nullableBoolean(rs, 12), nullableBoolean(rs, 13), strings(rs.getArray(14)), roster));
                    }
                }
            }
            if (out.isEmpty()) {
                return out;
            }
            // the key range of the chunk, so the member index is read in one sweep; archived households' rows are skipped
            try (PreparedStatement ps = c.prepareStatement("select household_id, date_of_birth, sex, employment, labour_contract,"
                    + " disability, school_attendance, education_level, hi_card_number, hi_card_expiry from household_member"
                    + " where household_id >= ? and household_id <= ? and left_on is null")) {
                ps.setObject(1, out.get(0).id());
                ps.setObject(2, out.get(out.size() - 1).id());
                ps.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<RegisteredHousehold.Member> roster = members.get(rs.getObject(1, UUID.class));
                        if (roster != null) {
                            roster.add(new RegisteredHousehold.Member(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                    rs.getObject(10, LocalDate.class)));
                        }
                    }
                }
            }
            return out;
        });
    }

    public void persistMember(HouseholdMember m) {
        em.persist(m);
    }

    public void flush() {
        em.flush();
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
