package vn.giamngheo.review.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.giamngheo.classification.api.HouseholdClassificationDto.EvidenceDto;
import vn.giamngheo.classification.domain.IndicatorFinding;
import vn.giamngheo.review.api.AssessmentCreate;
import vn.giamngheo.review.api.AssessmentDto;
import vn.giamngheo.review.api.CaseProgressDto;
import vn.giamngheo.review.api.CommuneReviewDto;
import vn.giamngheo.review.api.ComplaintDto;
import vn.giamngheo.review.api.ReviewCycleDto;
import vn.giamngheo.review.domain.CommuneStage;
import vn.giamngheo.review.persistence.CommuneReview;
import vn.giamngheo.review.persistence.ReviewAssessment;
import vn.giamngheo.review.persistence.ReviewComplaint;
import vn.giamngheo.review.persistence.ReviewCycle;

/** Entities to contract types; the JSON columns of an assessment hold exactly the contract's shapes. */
public final class ReviewMapper {
    private static final CaseProgressDto NO_CASES = new CaseProgressDto(0, 0, 0, 0, 0, 0, 0);

    private ReviewMapper() {
    }

    public static ReviewCycleDto cycle(ReviewCycle c, List<CommuneReviewDto> communes) {
        return new ReviewCycleDto(c.id, c.kind, c.year, c.month, c.standardCode, c.referenceDate, c.opensOn, c.closesOn, c.state,
                c.consolidatedAt, c.consolidatedBy, communes, c.version);
    }

    public static CommuneReviewDto communeReview(CommuneReview r, String communeName, CaseProgressDto progress, long meetings,
                                                 LocalDate closesOn, LocalDate today) {
        boolean late = today.isAfter(closesOn) && (r.stage == CommuneStage.ASSESSING || r.stage == CommuneStage.POSTING);
        return new CommuneReviewDto(r.id, r.cycleId, r.communeCode, communeName, r.stage, r.postedFrom, r.postedTo, r.decisionNumber,
                r.decidedOn, r.householdsAtStart, progress == null ? NO_CASES : progress, meetings, late, r.version);
    }

    public static AssessmentDto assessment(ReviewAssessment a) {
        List<AssessmentCreate.ScoreItem> items = a.incomeScoreItems == null ? null : a.incomeScoreItems.stream()
                .map(m -> new AssessmentCreate.ScoreItem((String) m.get("code"), (String) m.get("label"), ((Number) m.get("points")).intValue()))
                .toList();
        return new AssessmentDto(a.id, a.caseId, a.assessedOn, a.assessedBy, a.reviewerName, a.screeningPassed, a.monthlyIncomePerCapitaVnd,
                a.incomeScore, items, a.indicators.stream().map(ReviewMapper::indicator).toList(), a.deprivationCount, a.deprivationScore,
                a.status, a.standardCode, a.note, a.createdAt);
    }

    @SuppressWarnings("unchecked")
    private static AssessmentDto.IndicatorAssessment indicator(Map<String, Object> m) {
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) m.getOrDefault("evidence", List.of());
        return new AssessmentDto.IndicatorAssessment((String) m.get("code"), IndicatorFinding.Outcome.valueOf((String) m.get("proposed")),
                (String) m.get("rule"), evidence.stream().map(e -> new EvidenceDto((String) e.get("subject"), (String) e.get("fact"),
                (String) e.get("value"))).toList(), Boolean.TRUE.equals(m.get("deprived")), Boolean.TRUE.equals(m.get("overridden")),
                (String) m.get("reason"));
    }

    public static ComplaintDto complaint(ReviewComplaint c) {
        return new ComplaintDto(c.id, c.caseId, c.receivedOn, c.complainant, c.content, c.state, c.outcome, c.recheckedStatus,
                c.resolutionNote, c.resolvedOn, c.resolvedBy, c.recordedBy);
    }
}
