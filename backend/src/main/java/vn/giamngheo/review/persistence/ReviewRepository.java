package vn.giamngheo.review.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.review.api.CaseProgressDto;
import vn.giamngheo.review.api.MeetingDto;
import vn.giamngheo.review.api.ReviewCaseSummary;
import vn.giamngheo.review.api.StatusRecordDto;
import vn.giamngheo.review.domain.CaseOrigin;
import vn.giamngheo.review.domain.CaseState;
import vn.giamngheo.review.domain.Transition;

/**
 * Queries of the review that read the registry's tables (names, hamlets, counts) in the same statement, so lists of
 * thousands of cases need no per-row lookups.
 */
@ApplicationScoped
public class ReviewRepository {
    private final EntityManager em;

    ReviewRepository(EntityManager em) {
        this.em = em;
    }

    public record ListedHousehold(UUID householdId, String hamletCode, PovertyStatus status) {
    }

    /** Households of the commune on the poor or near-poor list now: the status of their latest frozen record. */
    @SuppressWarnings("unchecked")
    public List<ListedHousehold> onListIn(String communeCode) {
        List<Object[]> rows = em.createNativeQuery("""
                select h.id, h.hamlet_code, r.status_end
                from household h
                join lateral (select status_end from household_status_record s
                              where s.household_id = h.id order by s.decided_on desc, s.frozen_at desc limit 1) r on true
                where h.commune_code = :commune and h.archived_at is null and r.status_end in ('POOR', 'NEAR_POOR')
                order by h.hamlet_code, h.code""").setParameter("commune", communeCode).getResultList();
        return rows.stream().map(r -> new ListedHousehold((UUID) r[0], (String) r[1], PovertyStatus.valueOf((String) r[2]))).toList();
    }

    /** The household's status now: its latest frozen record, NOT_POOR when it never was on a list. */
    public PovertyStatus currentStatus(UUID householdId) {
        List<?> rows = em.createNativeQuery("""
                select status_end from household_status_record where household_id = :id
                order by decided_on desc, frozen_at desc limit 1""").setParameter("id", householdId).getResultList();
        return rows.isEmpty() ? PovertyStatus.NOT_POOR : PovertyStatus.valueOf((String) rows.get(0));
    }

    public Map<String, Long> activeHouseholdsByCommune() {
        Map<String, Long> counts = new HashMap<>();
        for (Object r : em.createNativeQuery("select commune_code, count(*) from household where archived_at is null group by commune_code")
                .getResultList()) {
            Object[] row = (Object[]) r;
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public Optional<ReviewCycle> findCycle(UUID id) {
        return Optional.ofNullable(em.find(ReviewCycle.class, id));
    }

    public boolean cycleExists(String kind, int year, Integer month) {
        return !em.createNativeQuery("select 1 from review_cycle where kind = :kind and year = :year and coalesce(month, 0) = :month")
                .setParameter("kind", kind).setParameter("year", year).setParameter("month", month == null ? 0 : month)
                .getResultList().isEmpty();
    }

    public List<ReviewCycle> cycles() {
        return em.createQuery("from ReviewCycle order by year desc, coalesce(month, 13) desc", ReviewCycle.class).getResultList();
    }

    public List<CommuneReview> communeReviews(UUID cycleId, AreaFilter area) {
        if (area.isEmpty()) {
            return List.of();
        }
        String jpql = "from CommuneReview where cycleId = :cycle" + (area.all() ? "" : " and communeCode = :commune") + " order by communeCode";
        var q = em.createQuery(jpql, CommuneReview.class).setParameter("cycle", cycleId);
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        return q.getResultList();
    }

    public Optional<CommuneReview> communeReview(UUID cycleId, String communeCode) {
        return em.createQuery("from CommuneReview where cycleId = :cycle and communeCode = :commune", CommuneReview.class)
                .setParameter("cycle", cycleId).setParameter("commune", communeCode).getResultStream().findFirst();
    }

    /** Case counts per state for every commune review of a cycle. */
    public Map<UUID, CaseProgressDto> progress(UUID cycleId) {
        Map<UUID, EnumMap<CaseState, Long>> counts = new HashMap<>();
        for (Object r : em.createNativeQuery("select commune_review_id, state, count(*) from review_case where cycle_id = :cycle group by 1, 2")
                .setParameter("cycle", cycleId).getResultList()) {
            Object[] row = (Object[]) r;
            counts.computeIfAbsent((UUID) row[0], k -> new EnumMap<>(CaseState.class))
                    .put(CaseState.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        Map<UUID, CaseProgressDto> result = new HashMap<>();
        counts.forEach((id, c) -> result.put(id, progress(c)));
        return result;
    }

    /** Case counts per state of one commune review. */
    public CaseProgressDto progressOf(UUID communeReviewId) {
        EnumMap<CaseState, Long> counts = new EnumMap<>(CaseState.class);
        for (Object r : em.createNativeQuery("select state, count(*) from review_case where commune_review_id = :cr group by 1")
                .setParameter("cr", communeReviewId).getResultList()) {
            Object[] row = (Object[]) r;
            counts.put(CaseState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return progress(counts);
    }

    private static CaseProgressDto progress(Map<CaseState, Long> c) {
        long total = c.values().stream().mapToLong(Long::longValue).sum();
        return new CaseProgressDto(total, c.getOrDefault(CaseState.LISTED, 0L), c.getOrDefault(CaseState.ASSESSED, 0L),
                c.getOrDefault(CaseState.AGREED, 0L), c.getOrDefault(CaseState.RETURNED, 0L), c.getOrDefault(CaseState.DISPUTED, 0L),
                c.getOrDefault(CaseState.DECIDED, 0L));
    }

    public Map<UUID, Long> meetingCounts(UUID cycleId) {
        Map<UUID, Long> counts = new HashMap<>();
        for (Object r : em.createNativeQuery("""
                select m.commune_review_id, count(*) from review_meeting m join commune_review c on c.id = m.commune_review_id
                where c.cycle_id = :cycle group by 1""").setParameter("cycle", cycleId).getResultList()) {
            Object[] row = (Object[]) r;
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public record CaseFilter(UUID cycleId, AreaFilter area, String hamletCode, CaseState state, UUID householdId) {
    }

    private static final String CASE_COLUMNS = """
            select c.id, c.household_id, h.code, h.head_name, h.commune_code, c.hamlet_code, a.name, c.origin, c.applied_on,
                   c.status_start, c.state, c.proposed_status, c.final_status,
                   (select ra.deprivation_count from review_assessment ra where ra.case_id = c.id order by ra.created_at desc limit 1),
                   (select count(*) from review_complaint rc where rc.case_id = c.id and rc.state = 'OPEN'), c.version
            from review_case c join household h on h.id = c.household_id join area a on a.code = c.hamlet_code""";

    @SuppressWarnings("unchecked")
    public List<ReviewCaseSummary> cases(CaseFilter f, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = caseWhere(f, params);
        var q = em.createNativeQuery(CASE_COLUMNS + where + " order by c.hamlet_code, h.head_name, c.id limit :limit offset :offset");
        params.forEach(q::setParameter);
        q.setParameter("limit", page.size).setParameter("offset", page.offset());
        return ((List<Object[]>) q.getResultList()).stream().map(ReviewRepository::summary).toList();
    }

    public long countCases(CaseFilter f) {
        Map<String, Object> params = new HashMap<>();
        var q = em.createNativeQuery("select count(*) from review_case c join household h on h.id = c.household_id" + caseWhere(f, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public Optional<ReviewCaseSummary> caseSummary(UUID caseId) {
        List<Object[]> rows = em.createNativeQuery(CASE_COLUMNS + " where c.id = :id").setParameter("id", caseId).getResultList();
        return rows.stream().findFirst().map(ReviewRepository::summary);
    }

    private static String caseWhere(CaseFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where c.cycle_id = :cycle");
        params.put("cycle", f.cycleId());
        if (!f.area().all()) {
            where.append(" and h.commune_code = :commune");
            params.put("commune", f.area().communeCode());
        }
        if (f.hamletCode() != null) {
            where.append(" and c.hamlet_code = :hamlet");
            params.put("hamlet", f.hamletCode());
        }
        if (f.state() != null) {
            where.append(" and c.state = :state");
            params.put("state", f.state().name());
        }
        if (f.householdId() != null) {
            where.append(" and c.household_id = :household");
            params.put("household", f.householdId());
        }
        return where.toString();
    }

    private static ReviewCaseSummary summary(Object[] r) {
        return new ReviewCaseSummary((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                CaseOrigin.valueOf((String) r[7]), date(r[8]), PovertyStatus.valueOf((String) r[9]),
                CaseState.valueOf((String) r[10]), status(r[11]), status(r[12]), r[13] == null ? null : ((Number) r[13]).intValue(),
                ((Number) r[14]).intValue(), ((Number) r[15]).longValue());
    }

    /** Native queries return dates as LocalDate or java.sql.Date depending on the driver path. */
    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static PovertyStatus status(Object o) {
        return o == null ? null : PovertyStatus.valueOf((String) o);
    }

    public Optional<ReviewCase> findCase(UUID id) {
        return Optional.ofNullable(em.find(ReviewCase.class, id));
    }

    public Optional<ReviewCase> findCase(UUID cycleId, UUID householdId) {
        return em.createQuery("from ReviewCase where cycleId = :cycle and householdId = :household", ReviewCase.class)
                .setParameter("cycle", cycleId).setParameter("household", householdId).getResultStream().findFirst();
    }

    public List<ReviewCase> casesOf(UUID communeReviewId) {
        return em.createQuery("from ReviewCase where communeReviewId = :cr", ReviewCase.class).setParameter("cr", communeReviewId).getResultList();
    }

    public List<ReviewAssessment> assessments(UUID caseId) {
        return em.createQuery("from ReviewAssessment where caseId = :case order by createdAt desc", ReviewAssessment.class)
                .setParameter("case", caseId).getResultList();
    }

    public Optional<ReviewAssessment> latestAssessment(UUID caseId) {
        return assessments(caseId).stream().findFirst();
    }

    public List<ReviewComplaint> complaints(UUID caseId) {
        return em.createQuery("from ReviewComplaint where caseId = :case order by recordedAt", ReviewComplaint.class)
                .setParameter("case", caseId).getResultList();
    }

    public Optional<ReviewComplaint> findComplaint(UUID id) {
        return Optional.ofNullable(em.find(ReviewComplaint.class, id));
    }

    public long openComplaints(UUID communeReviewId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from review_complaint rc join review_case c on c.id = rc.case_id
                where c.commune_review_id = :cr and rc.state = 'OPEN'""").setParameter("cr", communeReviewId).getSingleResult()).longValue();
    }

    public List<ReviewMeeting> meetings(UUID communeReviewId) {
        return em.createQuery("from ReviewMeeting where communeReviewId = :cr order by heldOn, recordedAt", ReviewMeeting.class)
                .setParameter("cr", communeReviewId).getResultList();
    }

    public Optional<LocalDate> lastMeeting(UUID communeReviewId) {
        return Optional.ofNullable((LocalDate) em.createQuery("select max(heldOn) from ReviewMeeting where communeReviewId = :cr")
                .setParameter("cr", communeReviewId).getSingleResult());
    }

    /** A meeting's votes with each household's code and head, in one statement. */
    @SuppressWarnings("unchecked")
    public List<MeetingDto.VoteDto> votesOfMeeting(UUID meetingId) {
        List<Object[]> rows = em.createNativeQuery("""
                select v.case_id, h.code, h.head_name, v.agree, v.proposed_status, v.agreed
                from review_vote v join review_case c on c.id = v.case_id join household h on h.id = c.household_id
                where v.meeting_id = :meeting order by h.head_name, h.code""").setParameter("meeting", meetingId).getResultList();
        return rows.stream().map(r -> new MeetingDto.VoteDto((UUID) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), PovertyStatus.valueOf((String) r[4]), (Boolean) r[5])).toList();
    }

    public record VoteRow(UUID meetingId, LocalDate heldOn, UUID caseId, int agree, PovertyStatus proposedStatus, boolean agreed) {
    }

    public List<VoteRow> votesOfCase(UUID caseId) {
        return em.createQuery("""
                select new vn.giamngheo.review.persistence.ReviewRepository$VoteRow(m.id, m.heldOn, v.key.caseId, v.agree, v.proposedStatus, v.agreed)
                from ReviewVote v, ReviewMeeting m where m.id = v.key.meetingId and v.key.caseId = :case order by m.heldOn desc""", VoteRow.class)
                .setParameter("case", caseId).getResultList();
    }

    /** Households that escaped poverty or near-poverty in an earlier cycle (for re-poor). */
    @SuppressWarnings("unchecked")
    public java.util.Set<UUID> escapedBefore(List<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createNativeQuery(
                "select distinct household_id from household_status_record where escaped_on is not null and household_id = any(:ids)")
                .setParameter("ids", householdIds.toArray(UUID[]::new)).getResultList());
    }

    public void persistRecords(List<HouseholdStatusRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            em.persist(records.get(i));
            if (i % 500 == 499) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    /** Transition counts per commune, from the frozen records of a consolidated cycle. */
    public Map<String, Map<Transition, Long>> transitionCounts(UUID cycleId) {
        Map<String, Map<Transition, Long>> counts = new HashMap<>();
        for (Object r : em.createNativeQuery("select commune_code, transition, count(*) from household_status_record where cycle_id = :cycle group by 1, 2")
                .setParameter("cycle", cycleId).getResultList()) {
            Object[] row = (Object[]) r;
            counts.computeIfAbsent((String) row[0], k -> new EnumMap<>(Transition.class))
                    .put(Transition.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** cycleId or householdId narrows the records; area limits them to the caller's communes. */
    public record RecordFilter(UUID cycleId, AreaFilter area, List<Transition> transitions, UUID householdId) {
        public RecordFilter(UUID cycleId, AreaFilter area, List<Transition> transitions) {
            this(cycleId, area, transitions, null);
        }
    }

    private static final String RECORD_COLUMNS = """
            select r.household_id, h.code, h.head_name, r.commune_code, h.hamlet_code, r.year, r.status_start, r.status_end,
                   r.transition, r.standard_code, r.decided_on, r.escaped_on
            from household_status_record r join household h on h.id = r.household_id""";

    @SuppressWarnings("unchecked")
    public List<StatusRecordDto> records(RecordFilter f, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        var q = em.createNativeQuery(RECORD_COLUMNS + recordWhere(f, params) + (f.householdId() != null ? " order by r.decided_on desc, r.frozen_at desc"
                : " order by r.commune_code, h.hamlet_code, h.head_name, r.id")
                + (page == null ? "" : " limit :limit offset :offset"));
        params.forEach(q::setParameter);
        if (page != null) {
            q.setParameter("limit", page.size).setParameter("offset", page.offset());
        }
        List<StatusRecordDto> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            out.add(new StatusRecordDto((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(),
                    PovertyStatus.valueOf((String) r[6]), PovertyStatus.valueOf((String) r[7]), Transition.valueOf((String) r[8]), (String) r[9],
                    date(r[10]), date(r[11])));
        }
        return out;
    }

    public long countRecords(RecordFilter f) {
        Map<String, Object> params = new HashMap<>();
        var q = em.createNativeQuery("select count(*) from household_status_record r" + recordWhere(f, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String recordWhere(RecordFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (f.cycleId() != null) {
            where.append(" and r.cycle_id = :cycle");
            params.put("cycle", f.cycleId());
        }
        if (f.householdId() != null) {
            where.append(" and r.household_id = :household");
            params.put("household", f.householdId());
        }
        if (!f.area().all()) {
            where.append(" and r.commune_code = :commune");
            params.put("commune", f.area().communeCode());
        }
        if (f.transitions() != null && !f.transitions().isEmpty()) {
            where.append(" and r.transition = any(:transitions)");
            params.put("transitions", f.transitions().stream().map(Enum::name).toArray(String[]::new));
        }
        return where.toString();
    }

    /**
     * The frozen records of a cycle for a file export, one row per household: code, commune, hamlet, head, year, statuses,
     * transition, standard, decision and escape dates. {@code statusPairs} ("POOR>NEAR_POOR") keeps the records whose start
     * and end statuses are one of the pairs (an approved list); transitions keep those transitions; empty keeps all. Read
     * from a server-side cursor (the transaction must stay open while the rows are read), in commune, hamlet and
     * household-code order.
     */
    @SuppressWarnings("unchecked")
    public java.util.stream.Stream<Object[]> exportRecords(UUID cycleId, AreaFilter area, List<Transition> transitions,
                                                           List<String> statusPairs) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(recordWhere(new RecordFilter(cycleId, area, transitions), params));
        if (!statusPairs.isEmpty()) {
            where.append(" and (r.status_start || '>' || r.status_end) = any(:pairs)");
            params.put("pairs", statusPairs.toArray(String[]::new));
        }
        var q = em.createNativeQuery("""
                select h.code, r.commune_code, h.hamlet_code, h.head_name, r.year, r.status_start, r.status_end, r.transition,
                       r.standard_code, r.decided_on, r.escaped_on
                from household_status_record r join household h on h.id = r.household_id""" + where
                + " order by r.commune_code, h.hamlet_code, h.code, r.id")
                .setHint("org.hibernate.fetchSize", 2000).setHint("org.hibernate.readOnly", true);
        params.forEach(q::setParameter);
        return q.getResultStream();
    }

    /** A reviewed household's status at the start and, as far as the review has come, at the end. */
    public record CaseOutcome(String communeCode, UUID householdId, String householdCode, String headName, String hamletName,
                              PovertyStatus start, PovertyStatus end, boolean decided, LocalDate decidedOn) {
    }

    /** Cases of a cycle with their end status: final when decided, else the proposal, else the start. */
    @SuppressWarnings("unchecked")
    public List<CaseOutcome> outcomes(UUID cycleId, AreaFilter area, boolean decidedOnly) {
        if (area.isEmpty()) {
            return List.of();
        }
        var q = em.createNativeQuery("""
                select r.commune_code, c.household_id, h.code, h.head_name, a.name, c.status_start,
                       coalesce(c.final_status, c.proposed_status, c.status_start), c.final_status is not null, r.decided_on
                from review_case c join commune_review r on r.id = c.commune_review_id
                join household h on h.id = c.household_id join area a on a.code = c.hamlet_code
                where c.cycle_id = :cycle""" + (area.all() ? "" : " and r.commune_code = :commune")
                + (decidedOnly ? " and c.final_status is not null" : "") + " order by r.commune_code, a.name, h.head_name, h.code");
        q.setParameter("cycle", cycleId);
        if (!area.all()) {
            q.setParameter("commune", area.communeCode());
        }
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new CaseOutcome((String) r[0], (UUID) r[1], (String) r[2],
                (String) r[3], (String) r[4], PovertyStatus.valueOf((String) r[5]), PovertyStatus.valueOf((String) r[6]), (Boolean) r[7],
                date(r[8]))).toList();
    }
}
