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
import vn.giamngheo.common.paging.BoundedTotal;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.household.api.HouseholdQuery;
import vn.giamngheo.household.api.HouseholdSummary;
import vn.giamngheo.household.api.RegisteredHousehold;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {
    private static final java.util.regex.Pattern HOUSEHOLD_CODE = java.util.regex.Pattern.compile("\\d{5}-\\d{6,}");
    private static final int FETCH_SIZE = 5000;
    private final EntityManager em;

    HouseholdRepository(EntityManager em) {
        this.em = em;
    }

    public record Result(List<HouseholdSummary> items, BoundedTotal total) {
    }

    private static final String COLUMNS = "h.id, h.code, h.commune_code, h.hamlet_code, h.address, h.head_name,"
            + " h.member_count, h.archived_at, h.updated_at";

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

    /**
     * Set-based search. One statement takes the first {@link BoundedTotal#LIMIT} + 1 matches in any order, counts
     * them and cuts the page from them: when there are no more than the limit, they are every match, so the count is
     * exact and the name index is read once. Only past the limit does a second statement fetch the page in order
     * (then the matches are common enough that walking the households in that order finds the page quickly).
     */
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
            // A code-shaped query is a code lookup; anything else searches the words of current members' names
            // (gn_name_query, V20) in the household's terms, whose index drives the search. A query of one term
            // (one or two words) matches them exactly; with more, the terms must also meet in one member. With
            // custom plans numnode(...) is a constant, so that check is planned only when it is needed.
            if (HOUSEHOLD_CODE.matcher(text).matches()) {
                where.append(" and h.code = :qcode");
                params.put("qcode", text);
            } else {
                where.append(" and h.name_words @@ gn_name_query(:qwords) and (numnode(gn_name_query(:qwords)) <= 1"
                        + " or exists (select from household_member m where m.household_id = h.id and m.left_on is null"
                        + " and m.name_words @@ gn_name_query(:qwords)))");
                params.put("qwords", text);
            }
        }
        String order = switch (q.sort) {
            case CODE -> " order by h.code, h.id";
            case HEAD_NAME -> " order by gn_search_key(h.head_name), h.head_name, h.id";
            case UPDATED_AT_DESC -> " order by h.updated_at desc, h.id";
        };
        Query bounded = em.createNativeQuery("with hit as materialized (select " + COLUMNS + " from household h" + where
                + " limit " + (BoundedTotal.LIMIT + 1) + ")"
                + " select n.matched, h.* from (select count(*) as matched from hit) n"
                + " left join (" + pageOf("(select * from hit h" + order + " limit :limit offset :offset)") + ") h on true"
                + order);
        bind(bounded, params, page);
        List<HouseholdSummary> items = new ArrayList<>();
        long matched = 0;
        for (Object row : bounded.getResultList()) {
            Object[] r = (Object[]) row;
            matched = ((Number) r[0]).longValue();
            if (r[1] != null) {
                items.add(summary(r, 1));
            }
        }
        if (matched > BoundedTotal.LIMIT) {
            Query ordered = em.createNativeQuery(pageOf("(select " + COLUMNS + " from household h" + where + order
                    + " limit :limit offset :offset)") + order);
            bind(ordered, params, page);
            items.clear();
            for (Object row : ordered.getResultList()) {
                items.add(summary((Object[]) row, 0));
            }
        }
        return new Result(items, BoundedTotal.of(matched, page, items.size()));
    }

    /** The rows of a page, already limited by {@code households}, with their area names (joined for 20 rows, not all). */
    private static String pageOf(String households) {
        return "select h.id, h.code, h.commune_code, c.name as commune_name, h.hamlet_code, hm.name as hamlet_name,"
                + " h.address, h.head_name, h.member_count, h.archived_at is not null as archived, h.updated_at"
                + " from " + households + " h join area c on c.code = h.commune_code join area hm on hm.code = h.hamlet_code";
    }

    private static void bind(Query query, Map<String, Object> params, PageQuery page) {
        params.forEach(query::setParameter);
        query.setParameter("limit", page.size);
        query.setParameter("offset", page.offset());
    }

    private static HouseholdSummary summary(Object[] r, int i) {
        return new HouseholdSummary((UUID) r[i], (String) r[i + 1], (String) r[i + 2], (String) r[i + 3], (String) r[i + 4],
                (String) r[i + 5], (String) r[i + 6], (String) r[i + 7], ((Number) r[i + 8]).intValue(), (Boolean) r[i + 9],
                instant(r[i + 10]));
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
}
