package vn.giamngheo.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.AuditKind;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.household.service.HouseholdService;
import vn.giamngheo.review.api.ReviewSummaryDto;
import vn.giamngheo.review.api.StatusRecordDto;
import vn.giamngheo.review.api.StatusRecordPage;
import vn.giamngheo.review.domain.CommuneStage;
import vn.giamngheo.review.domain.CycleState;
import vn.giamngheo.review.domain.ReviewList;
import vn.giamngheo.review.domain.ReviewRules;
import vn.giamngheo.review.domain.Transition;
import vn.giamngheo.review.persistence.CommuneReview;
import vn.giamngheo.review.persistence.ReviewCycle;
import vn.giamngheo.review.persistence.ReviewRepository;

/** What a review produces: counts and rates against the plan's target, the transitions, the approved lists. */
@ApplicationScoped
public class ReviewResultService {
    /** The district plan: the poverty rate falls by 0.6 percentage points a year. */
    public static final double TARGET_CHANGE_PP = -0.6;

    private final ReviewRepository reviews;
    private final AreaService areas;
    private final AuditService audit;
    private final CallerScope caller;
    private final HouseholdService households;

    ReviewResultService(ReviewRepository reviews, AreaService areas, AuditService audit, CallerScope caller, HouseholdService households) {
        this.reviews = reviews;
        this.households = households;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
    }

    /** Per commune and for the district; until consolidation the end figures are provisional. */
    @Transactional
    public ReviewSummaryDto summary(UUID cycleId) {
        ReviewCycle cycle = cycle(cycleId);
        AreaFilter area = caller.areaFilter(null);
        List<CommuneReview> communes = reviews.communeReviews(cycleId, area);
        boolean consolidated = cycle.state == CycleState.CONSOLIDATED;
        List<ReviewRepository.CaseOutcome> outcomes = reviews.outcomes(cycleId, area, false);
        Set<UUID> escapedBefore = consolidated ? Set.of()
                : reviews.escapedBefore(outcomes.stream().map(ReviewRepository.CaseOutcome::householdId).toList());
        Map<String, Map<Transition, Long>> frozen = consolidated ? reviews.transitionCounts(cycleId) : Map.of();
        Map<String, List<ReviewRepository.CaseOutcome>> byCommune = outcomes.stream()
                .collect(Collectors.groupingBy(ReviewRepository.CaseOutcome::communeCode));

        List<ReviewSummaryDto.Row> rows = new ArrayList<>();
        long[] totals = new long[5];
        Map<Transition, Long> districtTransitions = new EnumMap<>(Transition.class);
        boolean allDecided = true;
        for (CommuneReview r : communes) {
            List<ReviewRepository.CaseOutcome> cases = byCommune.getOrDefault(r.communeCode, List.of());
            Map<Transition, Long> transitions = consolidated ? copy(frozen.getOrDefault(r.communeCode, Map.of()))
                    : cases.stream().collect(Collectors.groupingBy(o -> Transition.of(o.start(), o.end(), escapedBefore.contains(o.householdId())),
                    () -> new EnumMap<>(Transition.class), Collectors.counting()));
            transitions.remove(Transition.NOT_ON_LIST);
            boolean decided = r.stage == CommuneStage.DECIDED || r.stage == CommuneStage.CONSOLIDATED;
            allDecided &= decided;
            long[] c = counts(r.householdsAtStart, cases);
            rows.add(row(r.communeCode, areas.find(r.communeCode).map(AreaDto::name).orElse(r.communeCode), c, decided, transitions));
            for (int i = 0; i < c.length; i++) {
                totals[i] += c[i];
            }
            transitions.forEach((t, n) -> districtTransitions.merge(t, n, Long::sum));
        }
        String districtName = area.all() ? areas.find("870").map(AreaDto::name).orElse("870") : "";
        ReviewSummaryDto.Row district = row(area.all() ? "870" : area.communeCode(), area.all() ? districtName : rows.isEmpty() ? "" : rows.get(0).areaName(),
                totals, allDecided, districtTransitions);
        return new ReviewSummaryDto(cycle.id, cycle.year, !consolidated, TARGET_CHANGE_PP, rows, district);
    }

    private static Map<Transition, Long> copy(Map<Transition, Long> counts) {
        Map<Transition, Long> m = new EnumMap<>(Transition.class);
        m.putAll(counts);
        return m;
    }

    /** households, poor and near-poor at the start, poor and near-poor at the end */
    private static long[] counts(long households, List<ReviewRepository.CaseOutcome> cases) {
        long[] c = {households, 0, 0, 0, 0};
        for (ReviewRepository.CaseOutcome o : cases) {
            c[1] += o.start() == PovertyStatus.POOR ? 1 : 0;
            c[2] += o.start() == PovertyStatus.NEAR_POOR ? 1 : 0;
            c[3] += o.end() == PovertyStatus.POOR ? 1 : 0;
            c[4] += o.end() == PovertyStatus.NEAR_POOR ? 1 : 0;
        }
        return c;
    }

    private static ReviewSummaryDto.Row row(String code, String name, long[] c, boolean decided, Map<Transition, Long> transitions) {
        double poorStart = ReviewRules.ratePercent(c[1], c[0]);
        double poorEnd = ReviewRules.ratePercent(c[3], c[0]);
        double change = Math.round((poorEnd - poorStart) * 100) / 100.0;
        Map<Transition, Long> ordered = new LinkedHashMap<>();
        for (Transition t : Transition.values()) {
            if (t != Transition.NOT_ON_LIST) {
                ordered.put(t, transitions.getOrDefault(t, 0L));
            }
        }
        return new ReviewSummaryDto.Row(code, name, c[0], c[1], c[2], c[3], c[4], poorStart, poorEnd, ReviewRules.ratePercent(c[2], c[0]),
                ReviewRules.ratePercent(c[4], c[0]), change, change <= TARGET_CHANGE_PP, decided, ordered);
    }

    /** The frozen records of a consolidated cycle, optionally of some transitions only. */
    @Transactional
    public StatusRecordPage records(UUID cycleId, String communeCode, List<Transition> transitions, PageQuery page) {
        cycle(cycleId);
        AreaFilter area = caller.areaFilter(communeCode);
        if (area.isEmpty()) {
            return StatusRecordPage.of(List.of(), page, 0);
        }
        var filter = new ReviewRepository.RecordFilter(cycleId, area, transitions);
        List<StatusRecordDto> items = reviews.records(filter, page);
        audit.record(AuditEntry.read("STATUS_RECORDS_LISTED", "HOUSEHOLD_STATUS_RECORD", null, null,
                area.all() ? null : area.communeCode(), "review transitions").withContext(Map.of("cycleId", cycleId.toString())));
        return StatusRecordPage.of(items, page, reviews.countRecords(filter));
    }

    /**
     * A household's frozen statuses, newest first: the current one, and the escape date later benefits count from.
     * Read through the registry, so area scope and the read audit apply.
     */
    @Transactional
    public List<StatusRecordDto> householdStatuses(UUID householdId) {
        households.get(householdId);
        return reviews.records(new ReviewRepository.RecordFilter(null, AreaFilter.ALL, null, householdId), null);
    }

    /** The households of one approved list, for export. Only decided communes have approved lists. */
    @Transactional
    public List<ReviewRepository.CaseOutcome> approvedList(UUID cycleId, ReviewList list, String communeCode) {
        cycle(cycleId);
        AreaFilter area = caller.areaFilter(communeCode);
        List<ReviewRepository.CaseOutcome> rows = reviews.outcomes(cycleId, area, true).stream()
                .filter(o -> list.includes(o.start(), o.end())).toList();
        audit.record(new AuditEntry(AuditKind.EXPORT, "APPROVED_LIST_EXPORTED", "REVIEW_CYCLE", cycleId.toString(), null,
                area.all() ? null : area.communeCode(), "approved list " + list, List.of(), Map.of("rows", rows.size())));
        return rows;
    }

    /** UTF-8 with a BOM so that spreadsheet programs open Vietnamese text correctly. */
    public static void writeCsv(List<ReviewRepository.CaseOutcome> rows, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write("STT,Mã xã,Mã hộ,Họ tên chủ hộ,Ấp/Khóm,Đầu kỳ,Cuối kỳ,Ngày quyết định\r\n");
            int n = 1;
            for (ReviewRepository.CaseOutcome o : rows) {
                w.write(String.join(",", String.valueOf(n++), o.communeCode(), o.householdCode(), csv(o.headName()), csv(o.hamletName()),
                        ReviewList.label(o.start()), ReviewList.label(o.end()), o.decidedOn() == null ? "" : o.decidedOn().toString()));
                w.write("\r\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String v) {
        if (v == null) {
            return "";
        }
        String safe = v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@") ? "'" + v : v;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private ReviewCycle cycle(UUID id) {
        return reviews.findCycle(id).orElseThrow(() -> ProblemException.notFound("NOT_FOUND", "No review cycle " + id));
    }
}
