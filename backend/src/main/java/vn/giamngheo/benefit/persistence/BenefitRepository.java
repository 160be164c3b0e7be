package vn.giamngheo.benefit.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.benefit.api.EntitlementQuery;
import vn.giamngheo.benefit.api.EntitlementSummary;
import vn.giamngheo.benefit.domain.BenefitProgram;
import vn.giamngheo.benefit.domain.BenefitRule;
import vn.giamngheo.benefit.domain.EligibilityStatus;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.HouseholdFacts;
import vn.giamngheo.benefit.domain.Learner;
import vn.giamngheo.benefit.domain.ProgramKind;
import vn.giamngheo.benefit.domain.Target;
import vn.giamngheo.benefit.domain.Validity;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.household.domain.Disability;
import vn.giamngheo.household.domain.EducationLevel;
import vn.giamngheo.household.domain.Ethnicity;
import vn.giamngheo.household.domain.SchoolAttendance;

/**
 * Rule packs (read straight into domain records: reference data), the facts the engine needs (set-based reads of the
 * registry and the frozen statuses) and entitlements. The partners' projections live in the partner feature.
 */
@ApplicationScoped
public class BenefitRepository {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    BenefitRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    // ---- rule packs

    @SuppressWarnings("unchecked")
    public List<BenefitProgram> programs() {
        Map<String, List<BenefitRule>> rules = new HashMap<>();
        rules().forEach(r -> rules.computeIfAbsent(r.programCode(), k -> new ArrayList<>()).add(r));
        List<BenefitProgram> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select code, kind, name_vi, name_en, lead_unit, legal_citation, note"
                + " from benefit_program order by position").getResultList()) {
            out.add(new BenefitProgram((String) r[0], ProgramKind.valueOf((String) r[1]), (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], List.copyOf(rules.getOrDefault((String) r[0], List.of()))));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<BenefitRule> rules() {
        List<BenefitRule> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select code, program_code, legal_citation, valid_from, valid_to, target, statuses, min_age_years, max_age_years, learner,
                       requires_disability, requires_ethnic_minority, derived, support_rate_percent, provincial_top_up_percent,
                       amount_cap_vnd, monthly_amount_vnd, interest_rate_percent, escape_window_months, validity, once_per_person,
                       priority, cast(terms as text), note, unconfirmed
                from benefit_rule order by program_code, priority""").getResultList()) {
            Set<EligibilityStatus> statuses = new LinkedHashSet<>();
            for (String s : (String[]) r[6]) {
                statuses.add(EligibilityStatus.valueOf(s));
            }
            out.add(new BenefitRule((String) r[0], (String) r[1], (String) r[2], date(r[3]), date(r[4]), Target.valueOf((String) r[5]),
                    statuses, integer(r[7]), integer(r[8]), r[9] == null ? null : Learner.valueOf((String) r[9]), (Boolean) r[10],
                    (Boolean) r[11], (Boolean) r[12], (BigDecimal) r[13], (BigDecimal) r[14], asLong(r[15]), asLong(r[16]),
                    (BigDecimal) r[17], integer(r[18]), Validity.valueOf((String) r[19]), (Boolean) r[20], ((Number) r[21]).intValue(),
                    terms((String) r[22]), (String) r[23], new LinkedHashSet<>(Arrays.asList((String[]) r[24]))));
        }
        return out;
    }

    // ---- facts

    /**
     * For each household: its latest frozen status, the last day it left a list, its current members, and the
     * once-only programs each member already received (fulfilled, then ended). Members are read only for
     * households the rules can grant anything (a frozen status, not archived): two statements for any number of
     * households.
     */
    @SuppressWarnings("unchecked")
    public List<HouseholdFacts> facts(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> households = em.createNativeQuery("""
                select h.id, h.commune_code, h.archived_at is not null, s.id, s.status_end, s.decided_on,
                       (select max(e.escaped_on) from household_status_record e where e.household_id = h.id)
                from household h
                left join lateral (select id, status_end, decided_on from household_status_record r
                                   where r.household_id = h.id order by r.decided_on desc, r.frozen_at desc limit 1) s on true
                where h.id = any(:ids)""").setParameter("ids", householdIds.toArray(UUID[]::new)).getResultList();
        UUID[] granting = households.stream().filter(r -> r[3] != null && !(Boolean) r[2]).map(r -> (UUID) r[0]).toArray(UUID[]::new);
        Map<UUID, List<HouseholdFacts.Person>> members = new HashMap<>();
        if (granting.length > 0) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                    select m.household_id, m.id, m.person_id, m.date_of_birth, m.disability, m.ethnicity, m.school_attendance,
                           m.education_level, received.programs
                    from household_member m
                    left join lateral (select array_agg(distinct e.program_code) as programs from entitlement e
                                       join benefit_rule br on br.code = e.rule_code and br.once_per_person
                                       where e.person_id = m.person_id and e.state in ('EXPIRED', 'REVOKED')
                                         and exists (select 1 from entitlement_event ev where ev.entitlement_id = e.id
                                                     and ev.kind = 'FULFILLED')) received on true
                    where m.household_id = any(:ids) and m.left_on is null
                    order by m.household_id, m.joined_on, m.id""").setParameter("ids", granting).getResultList()) {
                members.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new HouseholdFacts.Person((UUID) r[1], (UUID) r[2],
                        date(r[3]), Disability.valueOf((String) r[4]), Ethnicity.valueOf((String) r[5]),
                        SchoolAttendance.valueOf((String) r[6]), EducationLevel.valueOf((String) r[7]),
                        r[8] == null ? Set.of() : Set.of((String[]) r[8])));
            }
        }
        List<HouseholdFacts> out = new ArrayList<>(households.size());
        for (Object[] r : households) {
            UUID id = (UUID) r[0];
            HouseholdFacts.LatestStatus latest = r[3] == null ? null
                    : new HouseholdFacts.LatestStatus((UUID) r[3], PovertyStatus.valueOf((String) r[4]), date(r[5]));
            out.add(new HouseholdFacts(id, (String) r[1], (Boolean) r[2], latest, date(r[6]), members.getOrDefault(id, List.of())));
        }
        return out;
    }

    // ---- entitlements

    public List<Entitlement> live(Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from Entitlement where householdId in :ids and state not in ('EXPIRED', 'REVOKED')", Entitlement.class)
                .setParameter("ids", householdIds).getResultList();
    }

    public List<Entitlement> ofHousehold(UUID householdId) {
        return em.createQuery("""
                from Entitlement where householdId = :id
                order by case when state in ('EXPIRED', 'REVOKED') then 1 else 0 end, programCode, updatedAt desc, id""", Entitlement.class)
                .setParameter("id", householdId).getResultList();
    }

    public Optional<Entitlement> find(UUID id) {
        return Optional.ofNullable(em.find(Entitlement.class, id));
    }

    public List<EntitlementEvent> events(Collection<UUID> entitlementIds) {
        if (entitlementIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from EntitlementEvent where entitlementId in :ids order by recordedAt, id", EntitlementEvent.class)
                .setParameter("ids", entitlementIds).getResultList();
    }

    /** Names of members by membership id, for display. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> memberNames(Collection<UUID> memberIds) {
        Map<UUID, String> out = new HashMap<>();
        if (memberIds.isEmpty()) {
            return out;
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, full_name from household_member where id = any(:ids)")
                .setParameter("ids", memberIds.toArray(UUID[]::new)).getResultList()) {
            out.put((UUID) r[0], (String) r[1]);
        }
        return out;
    }

    /** The memberships among {@code memberIds} that an entitlement names, live or ended. */
    @SuppressWarnings("unchecked")
    public List<UUID> membersNamed(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("select distinct member_id from entitlement where member_id = any(:ids)")
                .setParameter("ids", memberIds.toArray(UUID[]::new)).getResultList();
    }

    public void persist(Entitlement e) {
        em.persist(e);
    }

    public void persist(EntitlementEvent e) {
        em.persist(e);
    }

    public void flush() {
        em.flush();
    }

    @SuppressWarnings("unchecked")
    public List<EntitlementSummary> search(EntitlementQuery q, AreaFilter area, PageQuery page) {
        Query query = em.createNativeQuery("""
                select e.id, e.program_code, e.rule_code, e.household_id, h.code, e.commune_code, e.member_id, m.full_name,
                       e.support_rate_percent, e.valid_from, e.valid_to, e.state, e.employed_after
                from entitlement e join household h on h.id = e.household_id left join household_member m on m.id = e.member_id
                """ + where(q, area) + " order by h.code, e.program_code, e.valid_from, e.id offset :offset limit :limit");
        bind(query, q, area).setParameter("offset", page.offset()).setParameter("limit", page.size);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new EntitlementSummary((UUID) r[0], (String) r[1], (String) r[2],
                (UUID) r[3], (String) r[4], (String) r[5], (UUID) r[6], (String) r[7], (BigDecimal) r[8], date(r[9]), date(r[10]),
                vn.giamngheo.benefit.domain.EntitlementState.valueOf((String) r[11]), Boolean.TRUE.equals(r[12]))).toList();
    }

    public long count(EntitlementQuery q, AreaFilter area) {
        Query query = em.createNativeQuery("select count(*) from entitlement e " + where(q, area));
        return ((Number) bind(query, q, area).getSingleResult()).longValue();
    }

    private static String where(EntitlementQuery q, AreaFilter area) {
        List<String> c = new ArrayList<>();
        c.add("true");
        if (!area.all()) {
            c.add("e.commune_code = :commune");
        }
        if (q.programCode != null) {
            c.add("e.program_code = :program");
        }
        if (q.state != null) {
            c.add("e.state = :state");
        }
        return "where " + String.join(" and ", c);
    }

    private static Query bind(Query query, EntitlementQuery q, AreaFilter area) {
        if (!area.all()) {
            query.setParameter("commune", area.communeCode());
        }
        if (q.programCode != null) {
            query.setParameter("program", q.programCode);
        }
        if (q.state != null) {
            query.setParameter("state", q.state.name());
        }
        return query;
    }

    // ---- export

    /**
     * Every entitlement (live and ended) of the area, one row each, for a file export: household, person (none for a
     * household's entitlement), terms, state, what fulfilment recorded, the end. In commune, household-code and program
     * order, read from a server-side cursor (the transaction must stay open while the rows are read), so a million rows
     * are never held at once. Null filters take all.
     */
    @SuppressWarnings("unchecked")
    public java.util.stream.Stream<Object[]> exportRows(AreaFilter area, String programCode, EntitlementState state) {
        List<String> c = new ArrayList<>();
        c.add("true");
        if (!area.all()) {
            c.add("e.commune_code = :commune");
        }
        if (programCode != null) {
            c.add("e.program_code = :program");
        }
        if (state != null) {
            c.add("e.state = :state");
        }
        Query q = em.createNativeQuery("""
                select h.code, e.commune_code, h.hamlet_code, m.full_name, m.date_of_birth, m.citizen_id, e.program_code, e.rule_code,
                       e.state, e.valid_from, e.valid_to, e.support_rate_percent, e.amount_cap_vnd, e.monthly_amount_vnd, e.card_number,
                       e.card_valid_from, e.card_valid_to, e.loan_amount_vnd, e.repayment_status, e.employed_after, e.ended_on,
                       e.end_reason, e.updated_at
                from entitlement e join household h on h.id = e.household_id left join household_member m on m.id = e.member_id"""
                + " where " + String.join(" and ", c) + " order by e.commune_code, h.code, e.program_code, e.valid_from, e.id")
                .setHint("org.hibernate.fetchSize", 2000).setHint("org.hibernate.readOnly", true);
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        if (programCode != null) {
            q.setParameter("program", programCode);
        }
        if (state != null) {
            q.setParameter("state", state.name());
        }
        return q.getResultStream();
    }

    // ---- helpers

    private Map<String, Object> terms(String text) {
        try {
            return new LinkedHashMap<>(json.readValue(text, MAP));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("benefit_rule.terms is not a JSON object", e);
        }
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Long asLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
