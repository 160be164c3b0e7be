package vn.giamngheo.partner.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.RepaymentStatus;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.household.domain.Sex;
import vn.giamngheo.partner.api.EligibleHousehold;
import vn.giamngheo.partner.api.InsuranceChange;
import vn.giamngheo.partner.domain.ChangeKind;

/**
 * The partners' read-only projections of entitlements, households and members. Each query selects only the columns
 * its partner's purpose needs (Decree 13/2023, data minimisation), so nothing else can leak into the answers.
 */
@ApplicationScoped
public class PartnerRepository {
    private final EntityManager em;

    PartnerRepository(EntityManager em) {
        this.em = em;
    }

    /** A change and its number, which is the feed's cursor. */
    public record Numbered<T>(long seq, T item) {
    }

    /** Premium-support changes after a change number, in commit order (the entitlement trigger numbers them so). */
    @SuppressWarnings("unchecked")
    public List<Numbered<InsuranceChange>> insuranceChanges(long after, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                select e.change_seq, e.change_kind, e.id, e.person_id, e.member_id, m.full_name, m.date_of_birth, m.sex, m.citizen_id,
                       h.code, e.commune_code, e.support_rate_percent, e.valid_from, e.valid_to, e.state, e.ended_on
                from entitlement e
                join household_member m on m.id = e.member_id
                join household h on h.id = e.household_id
                where e.program_code = 'HEALTH_INSURANCE' and e.change_seq > :after
                order by e.change_seq limit :limit""").setParameter("after", after).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Numbered<>(((Number) r[0]).longValue(), new InsuranceChange((UUID) r[2],
                ChangeKind.valueOf((String) r[1]), (UUID) r[3], (UUID) r[4], (String) r[5], date(r[6]), Sex.valueOf((String) r[7]),
                (String) r[8], (String) r[9], (String) r[10], (BigDecimal) r[11], date(r[12]), date(r[13]),
                EntitlementState.valueOf((String) r[14]), date(r[15])))).toList();
    }

    /** Codes of the loan programs, the bank's purpose. */
    @SuppressWarnings("unchecked")
    public List<String> loanPrograms() {
        return em.createNativeQuery("select code from benefit_program where kind = 'LOAN' order by position").getResultList();
    }

    /**
     * Live loan entitlements still valid on the day, by entitlement id after the cursor. A grant through a recent
     * escape ends with its window (valid_to), so a household escaped longer ago is never listed even before the
     * next recompute ends it.
     */
    @SuppressWarnings("unchecked")
    public List<EligibleHousehold> eligibleHouseholds(String programCode, UUID after, int limit, LocalDate on) {
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, e.program_code, e.household_id, h.code, h.head_name, h.commune_code, c.name, h.hamlet_code, t.name,
                       s.status_end,
                       case when s.status_end in ('POOR', 'NEAR_POOR') then null
                            else (select max(x.escaped_on) from household_status_record x where x.household_id = e.household_id) end,
                       e.valid_from, e.valid_to, e.amount_cap_vnd, e.monthly_amount_vnd, r.interest_rate_percent, e.state,
                       e.loan_amount_vnd, e.repayment_status
                from entitlement e
                join benefit_program p on p.code = e.program_code and p.kind = 'LOAN'
                join benefit_rule r on r.code = e.rule_code
                join household h on h.id = e.household_id
                join area c on c.code = h.commune_code
                join area t on t.code = h.hamlet_code
                left join lateral (select x.status_end from household_status_record x where x.household_id = e.household_id
                                   order by x.decided_on desc, x.frozen_at desc limit 1) s on true
                where e.state not in ('EXPIRED', 'REVOKED') and (e.valid_to is null or e.valid_to >= :on)
                  and (cast(:program as varchar) is null or e.program_code = :program)
                  and e.id > :after
                order by e.id limit :limit""").setParameter("program", programCode).setParameter("after", after)
                .setParameter("on", on).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new EligibleHousehold((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], r[9] == null ? null : PovertyStatus.valueOf((String) r[9]),
                date(r[10]), date(r[11]), date(r[12]), asLong(r[13]), asLong(r[14]), (BigDecimal) r[15],
                EntitlementState.valueOf((String) r[16]), asLong(r[17]), r[18] == null ? null : RepaymentStatus.valueOf((String) r[18])))
                .toList();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    private static Long asLong(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
