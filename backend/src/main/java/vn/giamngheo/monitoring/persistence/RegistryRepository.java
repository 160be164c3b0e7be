package vn.giamngheo.monitoring.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamngheo.common.security.AreaFilter;

/**
 * What the registry knows, counted by commune in grouped statements for reports and the dashboard: households, the
 * frozen statuses of consolidated reviews (household_status_record), the outcomes of a review still open, the
 * deprivation profile of the latest assessments, and the entitlements' delivery. Read-only; each statement reads
 * one of the indexes of migration V30 where the dashboard needs it.
 */
@ApplicationScoped
public class RegistryRepository {
    private final EntityManager em;

    RegistryRepository(EntityManager em) {
        this.em = em;
    }

    public record Cycle(UUID id, int year, boolean consolidated) {
    }

    /** Households per commune at the start of a review, or now; stage is null when the review has no commune row. */
    public record CommuneBase(UUID cycleId, String communeCode, long households, String stage) {
    }

    /** Households of a commune by status at the start and end of a review (end null: not decided yet). */
    public record StatusCount(UUID cycleId, String communeCode, String start, String end, long count) {
    }

    public record TransitionCount(String communeCode, String transition, long count) {
    }

    public record DeprivationCount(String communeCode, String indicatorCode, long count) {
    }

    /** Live entitlements of a commune, counted as the coverage targets need them. */
    public record Delivery(String communeCode, long hiEntitled, long hiCardsIssued, long loanRequests, long loanBorrowers,
                           long loanDisbursedVnd, long trainingRequests, long trainees, long employedAfterTraining) {
    }

    /** Periodic (annual) review cycles, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Cycle> periodicCycles() {
        return ((List<Object[]>) em.createNativeQuery("""
                select id, year, state = 'CONSOLIDATED' from review_cycle where kind = 'PERIODIC' order by year""").getResultList())
                .stream().map(r -> new Cycle((UUID) r[0], ((Number) r[1]).intValue(), (Boolean) r[2])).toList();
    }

    /** The latest consolidated periodic review of the year or before: its frozen statuses are the registry's figures. */
    public Optional<Cycle> basisCycle(int year) {
        return periodicCycles().stream().filter(c -> c.consolidated() && c.year() <= year).reduce((a, b) -> b);
    }

    /** Active households per commune now. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> householdsNow(AreaFilter area) {
        Map<String, Long> out = new HashMap<>();
        var q = em.createNativeQuery("select commune_code, count(*) from household where archived_at is null"
                + (area.all() ? "" : " and commune_code = :commune") + " group by commune_code");
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    /** Households at the start of each listed review, per commune, with the commune's stage. */
    @SuppressWarnings("unchecked")
    public List<CommuneBase> reviewBases(List<UUID> cycleIds, AreaFilter area) {
        var q = em.createNativeQuery("select cycle_id, commune_code, households_at_start, stage from commune_review where cycle_id = any(:ids)"
                + (area.all() ? "" : " and commune_code = :commune"));
        q.setParameter("ids", cycleIds.toArray(UUID[]::new));
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new CommuneBase((UUID) r[0], (String) r[1], ((Number) r[2]).longValue(), (String) r[3])).toList();
    }

    /** Frozen statuses of consolidated reviews, counted (index-only on ix_status_record_cycle_status). */
    @SuppressWarnings("unchecked")
    public List<StatusCount> frozenCounts(List<UUID> cycleIds, AreaFilter area) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        var q = em.createNativeQuery("""
                select cycle_id, commune_code, status_start, status_end, count(*) from household_status_record
                where cycle_id = any(:ids)""" + (area.all() ? "" : " and commune_code = :commune") + " group by 1, 2, 3, 4");
        q.setParameter("ids", cycleIds.toArray(UUID[]::new));
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        return ((List<Object[]>) q.getResultList()).stream().map(RegistryRepository::statusCount).toList();
    }

    /** Outcomes of reviews still open: the status each case started with and its decided status (null until decided). */
    @SuppressWarnings("unchecked")
    public List<StatusCount> openCounts(List<UUID> cycleIds, AreaFilter area) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        var q = em.createNativeQuery("""
                select c.cycle_id, r.commune_code, c.status_start, c.final_status, count(*)
                from review_case c join commune_review r on r.id = c.commune_review_id
                where c.cycle_id = any(:ids)""" + (area.all() ? "" : " and r.commune_code = :commune") + " group by 1, 2, 3, 4");
        q.setParameter("ids", cycleIds.toArray(UUID[]::new));
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        return ((List<Object[]>) q.getResultList()).stream().map(RegistryRepository::statusCount).toList();
    }

    private static StatusCount statusCount(Object[] r) {
        return new StatusCount((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue());
    }

    /** Transitions frozen by a consolidated review, per commune. */
    @SuppressWarnings("unchecked")
    public List<TransitionCount> transitions(UUID cycleId, AreaFilter area) {
        var q = em.createNativeQuery("select commune_code, transition, count(*) from household_status_record where cycle_id = :cycle"
                + (area.all() ? "" : " and commune_code = :commune") + " group by 1, 2");
        q.setParameter("cycle", cycleId);
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new TransitionCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    /**
     * The deprivation profile: households whose latest assessment in the latest periodic review of the year or before
     * (that has assessments) found them poor or near-poor, per indicator they are deprived on. Empty with the year of
     * that review, or no year when there is none.
     */
    @SuppressWarnings("unchecked")
    public Map.Entry<Integer, List<DeprivationCount>> deprivation(int year, AreaFilter area) {
        List<Object[]> cycles = em.createNativeQuery("""
                select y.id, y.year from review_cycle y
                where y.kind = 'PERIODIC' and y.year <= :year
                  and exists (select 1 from review_case c join review_assessment a on a.case_id = c.id where c.cycle_id = y.id)
                order by y.year desc limit 1""").setParameter("year", year).getResultList();
        if (cycles.isEmpty()) {
            return Map.entry(0, List.of());
        }
        var q = em.createNativeQuery("""
                select r.commune_code, i ->> 'code', count(*)
                from review_case c
                join commune_review r on r.id = c.commune_review_id
                join lateral (select a.indicators, a.status from review_assessment a where a.case_id = c.id
                              order by a.created_at desc limit 1) a on true
                cross join lateral jsonb_array_elements(a.indicators) i
                where c.cycle_id = :cycle and a.status in ('POOR', 'NEAR_POOR') and (i ->> 'deprived')::boolean"""
                + (area.all() ? "" : " and r.commune_code = :commune") + " group by 1, 2");
        q.setParameter("cycle", cycles.get(0)[0]);
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        List<DeprivationCount> rows = ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new DeprivationCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
        return Map.entry(((Number) cycles.get(0)[1]).intValue(), rows);
    }

    /**
     * Delivery of health insurance, loans and training from live entitlements, per commune (index-only on
     * ix_entitlement_coverage). Asked for a loan or training: requested, enrolled or fulfilled; a card issued or a loan
     * disbursed: fulfilled; trained: enrolled in or completed a course.
     */
    @SuppressWarnings("unchecked")
    public List<Delivery> delivery(AreaFilter area) {
        var q = em.createNativeQuery("""
                select e.commune_code,
                       count(*) filter (where p.kind = 'HEALTH_INSURANCE'),
                       count(*) filter (where p.kind = 'HEALTH_INSURANCE' and e.state = 'FULFILLED'),
                       count(*) filter (where p.kind = 'LOAN' and e.state in ('REQUESTED', 'ENROLLED', 'FULFILLED')),
                       count(*) filter (where p.kind = 'LOAN' and e.state = 'FULFILLED'),
                       coalesce(sum(e.loan_amount_vnd) filter (where p.kind = 'LOAN' and e.state = 'FULFILLED'), 0),
                       count(*) filter (where p.kind = 'VOCATIONAL_TRAINING' and e.state in ('REQUESTED', 'ENROLLED', 'FULFILLED')),
                       count(*) filter (where p.kind = 'VOCATIONAL_TRAINING' and e.state in ('ENROLLED', 'FULFILLED')),
                       count(*) filter (where p.kind = 'VOCATIONAL_TRAINING' and e.employed_after)
                from entitlement e join benefit_program p on p.code = e.program_code
                where p.kind in ('HEALTH_INSURANCE', 'LOAN', 'VOCATIONAL_TRAINING')
                  and e.state in ('ELIGIBLE', 'REQUESTED', 'ENROLLED', 'FULFILLED')"""
                + (area.all() ? "" : " and e.commune_code = :commune") + " group by e.commune_code");
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        return ((List<Object[]>) q.getResultList()).stream()
                .map(r -> new Delivery((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]))).toList();
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
