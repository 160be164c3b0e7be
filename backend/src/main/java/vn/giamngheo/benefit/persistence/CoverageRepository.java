package vn.giamngheo.benefit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.giamngheo.benefit.domain.Coverage;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.ProgramKind;
import vn.giamngheo.benefit.domain.RepaymentStatus;
import vn.giamngheo.common.paging.PageQuery;

/**
 * The reconciliation board's reads. Each entitlement is reduced in SQL to the yes/no facts of {@link Coverage.Facts};
 * the board counts entitlements per commune and combination of facts, and lists the rows whose combination the
 * domain names as a finding. Nothing is loaded as an entity.
 */
@ApplicationScoped
public class CoverageRepository {
    /** One row per entitlement with its facts on :today; the filters go into {@code %s}. */
    private static final String FACTS = """
            select e.id, e.commune_code, e.program_code, p.kind,
                   e.state not in ('EXPIRED', 'REVOKED') as live,
                   e.state = 'EXPIRED' as expired,
                   e.valid_from <= :today and (e.valid_to is null or e.valid_to >= :today) as valid_today,
                   e.state in ('REQUESTED', 'ENROLLED', 'FULFILLED') as requested,
                   e.state = 'FULFILLED' or (e.state in ('EXPIRED', 'REVOKED') and exists (
                       select 1 from entitlement_event v where v.entitlement_id = e.id and v.kind = 'FULFILLED')) as fulfilled,
                   coalesce(e.card_valid_from <= :today and e.card_valid_to >= :today, false) as card_valid,
                   coalesce(e.repayment_status = 'REPAID', false) as repaid,
                   e.state = 'EXPIRED' and exists (
                       select 1 from entitlement o
                       where o.program_code = e.program_code and coalesce(o.person_id, o.household_id) = coalesce(e.person_id, e.household_id)
                         and o.state not in ('EXPIRED', 'REVOKED') and o.id <> e.id
                         and o.valid_from <= :today and (o.valid_to is null or o.valid_to >= :today)) as elsewhere
            from entitlement e join benefit_program p on p.code = e.program_code
            where %s""";
    private static final String FACT_COLUMNS = "f.live, f.expired, f.valid_today, f.requested, f.fulfilled, f.card_valid, f.repaid, f.elsewhere";

    private final EntityManager em;

    CoverageRepository(EntityManager em) {
        this.em = em;
    }

    /** Where the board looks: one program or all, one commune or all. */
    public record Scope(String programCode, String communeCode) {
    }

    /** A number of entitlements of a commune sharing the same facts. */
    public record Group(String communeCode, Coverage.Facts facts, long count) {
    }

    /** A listed entitlement with the facts the domain classifies. */
    public record Row(UUID entitlementId, Coverage.Facts facts, ProgramKind kind, String programCode, String ruleCode, UUID householdId,
                      String householdCode, String communeCode, UUID memberId, String fullName, EntitlementState state,
                      LocalDate validFrom, LocalDate validTo, LocalDate fulfilledOn, LocalDate endedOn, String endReason,
                      LocalDate cardValidTo, RepaymentStatus repaymentStatus) {
    }

    @SuppressWarnings("unchecked")
    public List<Group> groups(Scope scope, LocalDate today) {
        Query q = em.createNativeQuery("select f.commune_code, " + FACT_COLUMNS + ", count(*) from (" + FACTS.formatted(where(scope))
                + ") f group by f.commune_code, " + FACT_COLUMNS);
        bind(q, scope, today);
        List<Group> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.add(new Group((String) r[0], facts(r, 1), ((Number) r[9]).longValue()));
        }
        return out;
    }

    /** The rows of the findings asked for, in commune, household, program order; all of them when page is null. */
    @SuppressWarnings("unchecked")
    public List<Row> rows(Scope scope, Map<ProgramKind, List<Coverage.Facts>> wanted, LocalDate today, PageQuery page) {
        Query q = em.createNativeQuery("""
                select f.id, %s, f.kind, f.program_code, e.rule_code, e.household_id, h.code, e.commune_code, e.member_id, m.full_name,
                       e.state, e.valid_from, e.valid_to,
                       (select max(v.occurred_on) from entitlement_event v where v.entitlement_id = e.id and v.kind = 'FULFILLED'),
                       e.ended_on, e.end_reason, e.card_valid_to, e.repayment_status
                from (%s) f
                join entitlement e on e.id = f.id
                join household h on h.id = e.household_id
                left join household_member m on m.id = e.member_id
                where %s
                order by e.commune_code, h.code, e.program_code, e.valid_from, e.id""".formatted(FACT_COLUMNS, FACTS.formatted(where(scope)),
                selection(wanted)) + (page == null ? "" : " offset :offset limit :limit"));
        bind(q, scope, today);
        if (page != null) {
            q.setParameter("offset", page.offset()).setParameter("limit", page.size);
        }
        List<Row> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.add(new Row((UUID) r[0], facts(r, 1), ProgramKind.valueOf((String) r[9]), (String) r[10], (String) r[11], (UUID) r[12],
                    (String) r[13], (String) r[14], (UUID) r[15], (String) r[16], EntitlementState.valueOf((String) r[17]), date(r[18]),
                    date(r[19]), date(r[20]), date(r[21]), (String) r[22], date(r[23]),
                    r[24] == null ? null : RepaymentStatus.valueOf((String) r[24])));
        }
        return out;
    }

    public long count(Scope scope, Map<ProgramKind, List<Coverage.Facts>> wanted, LocalDate today) {
        Query q = em.createNativeQuery("select count(*) from (" + FACTS.formatted(where(scope)) + ") f where " + selection(wanted));
        bind(q, scope, today);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String where(Scope scope) {
        List<String> c = new ArrayList<>();
        c.add("true");
        if (scope.programCode() != null) {
            c.add("e.program_code = :program");
        }
        if (scope.communeCode() != null) {
            c.add("e.commune_code = :commune");
        }
        return String.join(" and ", c);
    }

    private static void bind(Query q, Scope scope, LocalDate today) {
        q.setParameter("today", today);
        if (scope.programCode() != null) {
            q.setParameter("program", scope.programCode());
        }
        if (scope.communeCode() != null) {
            q.setParameter("commune", scope.communeCode());
        }
    }

    /**
     * The combinations as a row-value list, e.g. {@code (f.kind, f.live, …) in (values ('LOAN', true, …), …)}. Only enum
     * names and booleans are written into the statement.
     */
    private static String selection(Map<ProgramKind, List<Coverage.Facts>> wanted) {
        String values = wanted.entrySet().stream().flatMap(e -> e.getValue().stream().map(f -> "('" + e.getKey().name() + "', "
                + f.live() + ", " + f.expired() + ", " + f.validToday() + ", " + f.requested() + ", " + f.fulfilled() + ", "
                + f.cardValidToday() + ", " + f.repaid() + ", " + f.entitledElsewhere() + ")")).collect(Collectors.joining(", "));
        return values.isEmpty() ? "false" : "(f.kind, " + FACT_COLUMNS + ") in (values " + values + ")";
    }

    private static Coverage.Facts facts(Object[] r, int at) {
        return new Coverage.Facts((Boolean) r[at], (Boolean) r[at + 1], (Boolean) r[at + 2], (Boolean) r[at + 3], (Boolean) r[at + 4],
                (Boolean) r[at + 5], (Boolean) r[at + 6], (Boolean) r[at + 7]);
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }
}
