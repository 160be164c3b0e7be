package vn.giamngheo.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.Change;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.classification.domain.Classification;
import vn.giamngheo.classification.domain.ClassificationBasis;
import vn.giamngheo.classification.domain.Income;
import vn.giamngheo.classification.domain.IndicatorFinding;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.classification.service.HouseholdClassificationService;
import vn.giamngheo.classification.service.PovertyStandardService;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.id.Ids;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.household.api.HouseholdDto;
import vn.giamngheo.household.service.HouseholdService;
import vn.giamngheo.review.api.ApplicationCreate;
import vn.giamngheo.review.api.AssessmentCreate;
import vn.giamngheo.review.api.CaseProgressDto;
import vn.giamngheo.review.api.CommuneReviewDto;
import vn.giamngheo.review.api.ComplaintCreate;
import vn.giamngheo.review.api.ComplaintDto;
import vn.giamngheo.review.api.ComplaintResolution;
import vn.giamngheo.review.api.DecisionRequest;
import vn.giamngheo.review.api.MeetingCreate;
import vn.giamngheo.review.api.MeetingDto;
import vn.giamngheo.review.api.MeetingList;
import vn.giamngheo.review.api.PostingRequest;
import vn.giamngheo.review.api.ReviewCaseDto;
import vn.giamngheo.review.api.ReviewCasePage;
import vn.giamngheo.review.api.ReviewCaseSummary;
import vn.giamngheo.review.api.ReviewCycleCreate;
import vn.giamngheo.review.api.ReviewCycleDto;
import vn.giamngheo.review.api.ReviewCycleList;
import vn.giamngheo.review.api.StatusesFrozen;
import vn.giamngheo.review.domain.CaseOrigin;
import vn.giamngheo.review.domain.CaseState;
import vn.giamngheo.review.domain.CommuneStage;
import vn.giamngheo.review.domain.ComplaintOutcome;
import vn.giamngheo.review.domain.CycleState;
import vn.giamngheo.review.domain.IllegalTransition;
import vn.giamngheo.review.domain.ReviewKind;
import vn.giamngheo.review.domain.ReviewRules;
import vn.giamngheo.review.domain.Transition;
import vn.giamngheo.review.mapping.ReviewMapper;
import vn.giamngheo.review.persistence.CommuneReview;
import vn.giamngheo.review.persistence.HouseholdStatusRecord;
import vn.giamngheo.review.persistence.ReviewAssessment;
import vn.giamngheo.review.persistence.ReviewCase;
import vn.giamngheo.review.persistence.ReviewComplaint;
import vn.giamngheo.review.persistence.ReviewCycle;
import vn.giamngheo.review.persistence.ReviewMeeting;
import vn.giamngheo.review.persistence.ReviewRepository;
import vn.giamngheo.review.persistence.ReviewVote;

/**
 * The annual review (Decision 24/2021/QĐ-TTg): cycles, the households to review, assessments, community meetings,
 * posting, complaints, the commune decision and the district consolidation that freezes each household's status.
 * Every step checks the caller's commune (another commune's ids answer 404) and the state machine (409).
 */
@ApplicationScoped
public class ReviewService {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CASE = "REVIEW_CASE";
    private static final String COMMUNE_REVIEW = "COMMUNE_REVIEW";

    private final ReviewRepository reviews;
    private final HouseholdService households;
    private final HouseholdClassificationService classification;
    private final PovertyStandardService standards;
    private final AreaService areas;
    private final AuditService audit;
    private final CallerScope caller;
    private final Event<StatusesFrozen> frozenEvents;
    private final int postingWorkingDays;

    ReviewService(ReviewRepository reviews, HouseholdService households, HouseholdClassificationService classification,
                  PovertyStandardService standards, AreaService areas, AuditService audit, CallerScope caller,
                  Event<StatusesFrozen> frozenEvents,
                  @ConfigProperty(name = "giamngheo.review.posting-working-days", defaultValue = "3") int postingWorkingDays) {
        this.reviews = reviews;
        this.households = households;
        this.classification = classification;
        this.standards = standards;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.frozenEvents = frozenEvents;
        this.postingWorkingDays = postingWorkingDays;
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    // ---- cycles

    @Transactional
    public ReviewCycleList cycles() {
        return new ReviewCycleList(reviews.cycles().stream().map(this::toDto).toList());
    }

    @Transactional
    public ReviewCycleDto cycle(UUID cycleId) {
        return toDto(cycleOrThrow(cycleId));
    }

    /** Opens a cycle for every commune, listing the households now on the poor or near-poor list. */
    @Transactional
    public ReviewCycleDto open(ReviewCycleCreate in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.kind() == ReviewKind.REGULAR && in.month() == null) {
            errors.add(FieldError.body("/month", "REQUIRED", "a regular cycle needs its month"));
        }
        if (in.kind() == ReviewKind.PERIODIC && in.month() != null) {
            errors.add(FieldError.body("/month", "NOT_ALLOWED", "a periodic cycle covers the whole year; leave month out"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        LocalDate opens = in.kind() == ReviewKind.PERIODIC ? ReviewRules.periodicOpens(in.year())
                : ReviewRules.regularOpens(YearMonth.of(in.year(), in.month()));
        LocalDate closes = in.kind() == ReviewKind.PERIODIC ? ReviewRules.periodicCloses(in.year())
                : ReviewRules.regularCloses(YearMonth.of(in.year(), in.month()));
        LocalDate reference = in.referenceDate() != null ? in.referenceDate() : opens;
        PovertyStandard standard = standards.standardFor(in.standardCode(), reference);
        if (!standard.inForceOn(reference)) {
            throw ProblemException.invalid(List.of(FieldError.body("/standardCode", "STANDARD_NOT_IN_FORCE",
                    standard.code() + " is not in force on " + reference)));
        }
        if (reviews.cycleExists(in.kind().name(), in.year(), in.month())) {
            throw ProblemException.conflict("DUPLICATE_CYCLE", "A " + in.kind() + " cycle for " + in.year()
                    + (in.month() == null ? "" : "-" + in.month()) + " already exists");
        }
        Instant now = Instant.now();
        ReviewCycle c = new ReviewCycle();
        c.id = Ids.next();
        c.kind = in.kind();
        c.year = in.year();
        c.month = in.month();
        c.standardCode = standard.code();
        c.referenceDate = reference;
        c.opensOn = opens;
        c.closesOn = closes;
        c.state = CycleState.OPEN;
        c.createdAt = c.updatedAt = now;
        c.createdBy = c.updatedBy = caller.username();
        c.persist();

        Map<String, Long> householdCounts = reviews.activeHouseholdsByCommune();
        int listed = 0;
        for (AreaDto commune : areas.communes()) {
            CommuneReview r = new CommuneReview();
            r.id = Ids.next();
            r.cycleId = c.id;
            r.communeCode = commune.code();
            r.stage = CommuneStage.ASSESSING;
            r.householdsAtStart = householdCounts.getOrDefault(commune.code(), 0L).intValue();
            r.updatedAt = now;
            r.updatedBy = caller.username();
            r.persist();
            // a regular cycle reviews only the households that apply during the month
            if (in.kind() == ReviewKind.PERIODIC) {
                for (ReviewRepository.ListedHousehold h : reviews.onListIn(commune.code())) {
                    newCase(c, r, h.householdId(), h.hamletCode(), CaseOrigin.LIST, null, h.status(), now).persist();
                    listed++;
                }
            }
        }
        audit.record(AuditEntry.write("REVIEW_CYCLE_OPENED", "REVIEW_CYCLE", c.id, null, null,
                List.of(Change.of("households listed", null, listed))));
        return toDto(c);
    }

    // ---- cases

    @Transactional
    public ReviewCasePage cases(UUID cycleId, String communeCode, String hamletCode, CaseState state, UUID householdId, PageQuery page) {
        cycleOrThrow(cycleId);
        AreaFilter area = caller.areaFilter(communeCode);
        if (area.isEmpty()) {
            return ReviewCasePage.of(List.of(), page, 0);
        }
        var filter = new ReviewRepository.CaseFilter(cycleId, area, hamletCode, state, householdId);
        List<ReviewCaseSummary> items = reviews.cases(filter, page);
        audit.record(AuditEntry.read("REVIEW_CASES_LISTED", CASE, null, householdId, area.all() ? null : area.communeCode(),
                "review list").withContext(Map.of("cycleId", cycleId.toString(), "results", items.size())));
        return ReviewCasePage.of(items, page, reviews.countCases(filter));
    }

    @Transactional
    public ReviewCaseDto caseDetail(UUID caseId) {
        ReviewCase c = caseInScope(caseId);
        audit.record(AuditEntry.read("REVIEW_CASE_READ", CASE, c.id, c.householdId, communeOf(c), "review case"));
        return detail(c);
    }

    /** Form 01: a household asks to be reviewed; it joins the cycle's list for its commune. */
    @Transactional
    public ReviewCaseDto apply(UUID cycleId, ApplicationCreate in) {
        ReviewCycle cycle = openCycle(cycleId);
        HouseholdDto h = households.get(in.householdId());
        if (h.archivedAt() != null) {
            throw ProblemException.rule("HOUSEHOLD_ARCHIVED", "An archived household cannot be reviewed");
        }
        if (in.appliedOn().isAfter(today())) {
            throw ProblemException.invalid(List.of(FieldError.body("/appliedOn", "IN_FUTURE", "must not be in the future")));
        }
        CommuneReview r = reviews.communeReview(cycleId, h.communeCode())
                .orElseThrow(() -> ProblemException.notFound("NOT_FOUND", "The cycle has no review for this household's commune"));
        if (r.stage != CommuneStage.ASSESSING) {
            throw illegal("The commune's list is closed: it is in stage " + r.stage);
        }
        if (reviews.findCase(cycleId, h.id()).isPresent()) {
            throw ProblemException.conflict("ALREADY_IN_REVIEW", "Household " + h.code() + " is already on this cycle's list");
        }
        ReviewCase c = newCase(cycle, r, h.id(), h.hamletCode(), CaseOrigin.APPLICATION, in.appliedOn(), reviews.currentStatus(h.id()),
                Instant.now());
        c.persist();
        audit.record(AuditEntry.write("REVIEW_APPLICATION_RECORDED", CASE, c.id, c.householdId, r.communeCode,
                List.of(Change.of("appliedOn", null, in.appliedOn().toString()))));
        return detail(c);
    }

    /** Forms B1 and B2: classifies the household with the reviewer's decisions; overrides of a proposal keep their reason. */
    @Transactional
    public ReviewCaseDto assess(UUID cycleId, AssessmentCreate in) {
        ReviewCycle cycle = openCycle(cycleId);
        ReviewCase c = caseInScope(in.caseId());
        if (!c.cycleId.equals(cycleId)) {
            throw ProblemException.invalid(List.of(FieldError.body("/caseId", "CASE_NOT_IN_CYCLE", "belongs to another cycle")));
        }
        CommuneReview r = communeReviewOf(c);
        boolean recheck = c.state == CaseState.DISPUTED;
        if (!recheck && r.stage != CommuneStage.ASSESSING) {
            throw illegal("The commune is in stage " + r.stage + "; only a disputed case can be re-checked now");
        }
        CaseState next = step(() -> recheck ? c.state.moveTo(CaseState.DISPUTED) : c.state.moveTo(CaseState.ASSESSED));

        List<FieldError> errors = new ArrayList<>();
        if (in.assessedOn().isBefore(cycle.opensOn) || in.assessedOn().isAfter(today())) {
            errors.add(FieldError.body("/assessedOn", "OUTSIDE_CYCLE", "must be between the cycle's opening (" + cycle.opensOn + ") and today"));
        }
        int incomeFields = (in.monthlyIncomePerCapitaVnd() != null ? 1 : 0) + (in.incomeScore() != null ? 1 : 0)
                + (in.incomeScoreItems() != null ? 1 : 0);
        if (incomeFields != 1) {
            for (String f : List.of("/monthlyIncomePerCapitaVnd", "/incomeScore", "/incomeScoreItems")) {
                errors.add(FieldError.body(f, "EXACTLY_ONE_INCOME", "give exactly one of monthlyIncomePerCapitaVnd, incomeScore or incomeScoreItems"));
            }
        }
        ClassificationBasis basis = classification.basis(c.householdId, cycle.referenceDate, cycle.standardCode);
        PovertyStandard standard = basis.standard();
        if ((in.incomeScore() != null || in.incomeScoreItems() != null) && !standard.scored()) {
            errors.add(FieldError.body(in.incomeScore() != null ? "/incomeScore" : "/incomeScoreItems", "STANDARD_NOT_SCORED",
                    standard.code() + " has no income score; give the monthly income"));
        }
        Map<String, IndicatorFinding> proposals = new LinkedHashMap<>();
        basis.findings().forEach(f -> proposals.put(f.indicator(), f));
        Set<String> seen = new HashSet<>();
        Set<String> deprived = new LinkedHashSet<>();
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (int i = 0; i < in.indicators().size(); i++) {
            AssessmentCreate.IndicatorDecision d = in.indicators().get(i);
            String at = "/indicators/" + i;
            if (!standard.indicators().contains(d.code())) {
                errors.add(FieldError.body(at + "/code", "UNKNOWN_INDICATOR", d.code() + " is not an indicator of " + standard.code()));
                continue;
            }
            if (!seen.add(d.code())) {
                errors.add(FieldError.body(at + "/code", "DUPLICATE_INDICATOR", d.code() + " is listed twice"));
                continue;
            }
            IndicatorFinding proposal = proposals.get(d.code());
            boolean overridden = proposal.outcome() != IndicatorFinding.Outcome.UNKNOWN
                    && (proposal.outcome() == IndicatorFinding.Outcome.DEPRIVED) != d.deprived();
            if (overridden && (d.reason() == null || d.reason().isBlank())) {
                errors.add(FieldError.body(at + "/reason", "REASON_REQUIRED",
                        "the facts suggest " + proposal.outcome() + "; say why the decision differs"));
            }
            if (d.deprived()) {
                deprived.add(d.code());
            }
            decisions.add(decision(d, proposal, overridden));
        }
        List<String> missing = standard.indicators().stream().filter(code -> !seen.contains(code)).toList();
        if (!missing.isEmpty()) {
            errors.add(FieldError.body("/indicators", "MISSING_INDICATOR", "decide every indicator of " + standard.code() + "; missing: "
                    + String.join(", ", missing)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }

        Integer score = in.incomeScore();
        List<Map<String, Object>> items = null;
        if (in.incomeScoreItems() != null) {
            score = in.incomeScoreItems().stream().mapToInt(AssessmentCreate.ScoreItem::points).sum();
            items = in.incomeScoreItems().stream().map(s -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", s.code());
                m.put("label", s.label());
                m.put("points", s.points());
                return m;
            }).toList();
            if (score < 0) {
                throw ProblemException.invalid(List.of(FieldError.body("/incomeScoreItems", "NEGATIVE_SCORE", "the points add up to " + score)));
            }
        }
        Income income = score != null ? new Income.Score(score) : new Income.Monthly(in.monthlyIncomePerCapitaVnd());
        Classification result = standard.classify(income, deprived, basis.areaType());

        ReviewAssessment a = new ReviewAssessment();
        a.id = Ids.next();
        a.caseId = c.id;
        a.assessedOn = in.assessedOn();
        a.assessedBy = caller.username();
        a.reviewerName = in.reviewerName().strip();
        a.screeningPassed = in.screeningPassed();
        a.monthlyIncomePerCapitaVnd = in.monthlyIncomePerCapitaVnd();
        a.incomeScore = score;
        a.incomeScoreItems = items;
        a.indicators = decisions;
        a.deprivationCount = result.deprivationCount();
        a.deprivationScore = result.deprivationScore();
        a.status = result.status();
        a.standardCode = standard.code();
        a.note = in.note();
        a.createdAt = Instant.now();
        a.persist();

        PovertyStatus before = c.proposedStatus;
        c.state = next;
        c.proposedStatus = result.status();
        touch(c);
        audit.record(AuditEntry.write(recheck ? "REVIEW_RECHECKED" : "REVIEW_ASSESSED", CASE, c.id, c.householdId, r.communeCode,
                List.of(Change.of("proposedStatus", before == null ? null : before.name(), result.status().name()))));
        return detail(c);
    }

    private static Map<String, Object> decision(AssessmentCreate.IndicatorDecision d, IndicatorFinding proposal, boolean overridden) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("proposed", proposal.outcome().name());
        m.put("rule", proposal.rule());
        m.put("evidence", proposal.evidence().stream().map(e -> {
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("subject", e.subject());
            ev.put("fact", e.fact());
            ev.put("value", e.value());
            return ev;
        }).toList());
        m.put("deprived", d.deprived());
        m.put("overridden", overridden);
        m.put("reason", d.reason() == null || d.reason().isBlank() ? null : d.reason().strip());
        return m;
    }

    // ---- meetings

    /** A hamlet's community meeting: each voted case is agreed (≥ 50 % of attendees) or returned for a new assessment. */
    @Transactional
    public MeetingDto meet(UUID cycleId, MeetingCreate in) {
        openCycle(cycleId);
        CommuneReview r = communeReviewInScope(cycleId, in.communeCode());
        if (r.stage != CommuneStage.ASSESSING) {
            throw illegal("Community meetings are held while the commune is assessing; it is in stage " + r.stage);
        }
        List<FieldError> errors = new ArrayList<>();
        if (areas.findHamlet(in.hamletCode(), in.communeCode()).isEmpty()) {
            errors.add(FieldError.body("/hamletCode", "UNKNOWN_HAMLET", "is not a hamlet of commune " + in.communeCode()));
        }
        if (in.heldOn().isAfter(today())) {
            errors.add(FieldError.body("/heldOn", "IN_FUTURE", "must not be in the future"));
        }
        Set<UUID> seen = new HashSet<>();
        List<ReviewCase> cases = new ArrayList<>();
        for (int i = 0; i < in.votes().size(); i++) {
            MeetingCreate.Vote v = in.votes().get(i);
            String at = "/votes/" + i;
            if (!seen.add(v.caseId())) {
                errors.add(FieldError.body(at + "/caseId", "DUPLICATE_CASE", "is voted on twice"));
                continue;
            }
            if (v.agree() > in.attendees()) {
                errors.add(FieldError.body(at + "/agree", "MORE_THAN_ATTENDEES", "cannot exceed the " + in.attendees() + " attendees"));
            }
            ReviewCase c = reviews.findCase(v.caseId()).filter(x -> x.communeReviewId.equals(r.id) && x.hamletCode.equals(in.hamletCode()))
                    .orElse(null);
            if (c == null) {
                errors.add(FieldError.body(at + "/caseId", "CASE_NOT_IN_HAMLET", "is not a case of this hamlet in this cycle"));
                continue;
            }
            var latest = reviews.latestAssessment(c.id);
            if (latest.isPresent() && in.heldOn().isBefore(latest.get().assessedOn)) {
                errors.add(FieldError.body("/heldOn", "BEFORE_ASSESSMENT", "is before the assessment of the case at " + at));
            }
            cases.add(c);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        for (ReviewCase c : cases) {
            if (c.state != CaseState.ASSESSED) {
                throw illegal("Only assessed cases are put to a meeting; case " + c.id + " is " + c.state);
            }
        }
        ReviewMeeting m = new ReviewMeeting();
        m.id = Ids.next();
        m.communeReviewId = r.id;
        m.hamletCode = in.hamletCode();
        m.heldOn = in.heldOn();
        m.chairName = in.chairName().strip();
        m.attendees = in.attendees();
        m.minutesNote = in.minutesNote();
        m.recordedAt = Instant.now();
        m.recordedBy = caller.username();
        m.persist();
        int agreed = 0;
        for (int i = 0; i < cases.size(); i++) {
            ReviewCase c = cases.get(i);
            ReviewVote v = new ReviewVote();
            v.key = new ReviewVote.Key(m.id, c.id);
            v.agree = in.votes().get(i).agree();
            v.proposedStatus = c.proposedStatus;
            v.agreed = ReviewRules.meetingAgrees(v.agree, m.attendees);
            v.persist();
            c.state = c.state.moveTo(v.agreed ? CaseState.AGREED : CaseState.RETURNED);
            touch(c);
            agreed += v.agreed ? 1 : 0;
        }
        audit.record(AuditEntry.write("REVIEW_MEETING_RECORDED", "REVIEW_MEETING", m.id, null, r.communeCode,
                List.of(Change.of("agreed", null, agreed), Change.of("returned", null, cases.size() - agreed))));
        return meetingDto(m);
    }

    @Transactional
    public MeetingList meetings(UUID communeReviewId) {
        CommuneReview r = communeReviewInScope(communeReviewId);
        return new MeetingList(reviews.meetings(r.id).stream().map(this::meetingDto).toList());
    }

    private MeetingDto meetingDto(ReviewMeeting m) {
        List<MeetingDto.VoteDto> votes = reviews.votesOfMeeting(m.id);
        return new MeetingDto(m.id, m.communeReviewId, m.hamletCode, m.heldOn, m.chairName, m.attendees, m.minutesNote, votes);
    }

    // ---- commune stages

    @Transactional
    public CommuneReviewDto communeReview(UUID communeReviewId) {
        return communeDto(communeReviewInScope(communeReviewId));
    }

    /** The public posting: only when every case of the commune has been agreed by its meeting. */
    @Transactional
    public CommuneReviewDto post(UUID communeReviewId, PostingRequest in) {
        CommuneReview r = communeReviewInScope(communeReviewId);
        ReviewCycle cycle = openCycle(r.cycleId);
        CaseProgressDto p = reviews.progressOf(r.id);
        long pending = p.total() - p.agreed();
        if (r.stage == CommuneStage.ASSESSING && pending > 0) {
            throw illegal(pending + " of the commune's " + p.total() + " cases are not yet agreed by a community meeting");
        }
        step(() -> r.stage.moveTo(CommuneStage.POSTING));
        List<FieldError> errors = new ArrayList<>();
        LocalDate lastMeeting = reviews.lastMeeting(r.id).orElse(cycle.opensOn);
        if (in.postedFrom().isBefore(lastMeeting)) {
            errors.add(FieldError.body("/postedFrom", "BEFORE_MEETING", "must be on or after the last community meeting (" + lastMeeting + ")"));
        }
        if (in.postedFrom().isAfter(today())) {
            errors.add(FieldError.body("/postedFrom", "IN_FUTURE", "must not be in the future"));
        }
        if (in.postedTo().isBefore(in.postedFrom())) {
            errors.add(FieldError.body("/postedTo", "BEFORE_START", "must not be before postedFrom"));
        } else if (ReviewRules.workingDays(in.postedFrom(), in.postedTo()) < postingWorkingDays) {
            errors.add(FieldError.body("/postedTo", "POSTING_TOO_SHORT", "the posting must cover at least " + postingWorkingDays + " working days"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        r.stage = CommuneStage.POSTING;
        r.postedFrom = in.postedFrom();
        r.postedTo = in.postedTo();
        touch(r);
        audit.record(AuditEntry.write("REVIEW_POSTED", COMMUNE_REVIEW, r.id, null, r.communeCode,
                List.of(Change.of("posted", null, in.postedFrom() + "/" + in.postedTo()))));
        return communeDto(r);
    }

    @Transactional
    public ComplaintDto complain(UUID cycleId, ComplaintCreate in) {
        openCycle(cycleId);
        ReviewCase c = caseInScope(in.caseId());
        if (!c.cycleId.equals(cycleId)) {
            throw ProblemException.invalid(List.of(FieldError.body("/caseId", "CASE_NOT_IN_CYCLE", "belongs to another cycle")));
        }
        CommuneReview r = communeReviewOf(c);
        if (r.stage != CommuneStage.POSTING) {
            throw illegal("Complaints are recorded against posted results; the commune is in stage " + r.stage);
        }
        if (in.receivedOn().isBefore(r.postedFrom) || in.receivedOn().isAfter(today())) {
            throw ProblemException.invalid(List.of(FieldError.body("/receivedOn", "OUTSIDE_POSTING",
                    "must be between the start of the posting (" + r.postedFrom + ") and today")));
        }
        c.state = step(() -> c.state.moveTo(CaseState.DISPUTED));
        touch(c);
        ReviewComplaint k = new ReviewComplaint();
        k.id = Ids.next();
        k.caseId = c.id;
        k.receivedOn = in.receivedOn();
        k.complainant = in.complainant().strip();
        k.content = in.content().strip();
        k.state = "OPEN";
        k.recordedAt = Instant.now();
        k.recordedBy = caller.username();
        k.persist();
        audit.record(AuditEntry.write("REVIEW_COMPLAINT_RECORDED", "REVIEW_COMPLAINT", k.id, c.householdId, r.communeCode, List.of()));
        return ReviewMapper.complaint(k);
    }

    /**
     * Closes a complaint after its re-check. An upheld complaint takes the re-check's result; when that differs from
     * what was posted, the commune goes back to assessing so that the change is posted again.
     */
    @Transactional
    public ComplaintDto resolve(UUID complaintId, ComplaintResolution in) {
        ReviewComplaint k = reviews.findComplaint(complaintId).orElseThrow(ReviewService::complaintNotFound);
        ReviewCase c = reviews.findCase(k.caseId).orElseThrow();
        if (!caller.covers(communeOf(c))) {
            throw complaintNotFound();
        }
        CommuneReview r = communeReviewOf(c);
        openCycle(r.cycleId);
        if (!k.open()) {
            throw illegal("The complaint was already resolved on " + k.resolvedOn);
        }
        if (in.resolvedOn().isBefore(k.receivedOn) || in.resolvedOn().isAfter(today())) {
            throw ProblemException.invalid(List.of(FieldError.body("/resolvedOn", "OUTSIDE_COMPLAINT",
                    "must be between the day the complaint was received (" + k.receivedOn + ") and today")));
        }
        PovertyStatus posted = reviews.votesOfCase(c.id).stream().filter(ReviewRepository.VoteRow::agreed).findFirst()
                .map(ReviewRepository.VoteRow::proposedStatus).orElse(c.proposedStatus);
        PovertyStatus result;
        if (in.outcome() == ComplaintOutcome.UPHELD) {
            ReviewAssessment recheck = reviews.latestAssessment(c.id).filter(a -> a.createdAt.isAfter(k.recordedAt))
                    .orElseThrow(() -> ProblemException.conflict("RECHECK_REQUIRED",
                            "Record the re-check assessment of the household before upholding the complaint"));
            result = recheck.status;
        } else {
            result = posted;
        }
        k.state = "RESOLVED";
        k.outcome = in.outcome();
        k.recheckedStatus = result;
        k.resolutionNote = in.note();
        k.resolvedOn = in.resolvedOn();
        k.resolvedBy = caller.username();
        c.proposedStatus = result;
        boolean stillDisputed = reviews.complaints(c.id).stream().anyMatch(x -> x != k && x.open());
        if (!stillDisputed) {
            c.state = c.state.moveTo(CaseState.AGREED);
        }
        touch(c);
        if (result != posted) {
            r.stage = r.stage.moveTo(CommuneStage.ASSESSING);
            r.postedFrom = null;
            r.postedTo = null;
            touch(r);
        }
        audit.record(AuditEntry.write("REVIEW_COMPLAINT_RESOLVED", "REVIEW_COMPLAINT", k.id, c.householdId, r.communeCode,
                List.of(Change.of("outcome", null, in.outcome().name()), Change.of("proposedStatus", posted.name(), result.name()))));
        return ReviewMapper.complaint(k);
    }

    /** The commune chairman's decision: after the posting window, with every complaint resolved. */
    @Transactional
    public CommuneReviewDto decide(UUID communeReviewId, DecisionRequest in) {
        CommuneReview r = communeReviewInScope(communeReviewId);
        openCycle(r.cycleId);
        if (r.stage == CommuneStage.ASSESSING) {
            throw illegal("Nothing is decided before the results are posted");
        }
        step(() -> r.stage.moveTo(CommuneStage.DECIDED));
        long open = reviews.openComplaints(r.id);
        if (open > 0) {
            throw illegal(open + " complaints are still open");
        }
        if (!in.decidedOn().isAfter(r.postedTo) || in.decidedOn().isAfter(today())) {
            throw ProblemException.invalid(List.of(FieldError.body("/decidedOn", "POSTING_NOT_OVER",
                    "must be after the posting window (ends " + r.postedTo + ") and not in the future")));
        }
        for (ReviewCase c : reviews.casesOf(r.id)) {
            c.state = c.state.moveTo(CaseState.DECIDED);
            c.finalStatus = c.proposedStatus;
            touch(c);
        }
        r.stage = CommuneStage.DECIDED;
        r.decisionNumber = in.decisionNumber().strip();
        r.decidedOn = in.decidedOn();
        r.decidedBy = caller.username();
        touch(r);
        audit.record(AuditEntry.write("REVIEW_DECIDED", COMMUNE_REVIEW, r.id, null, r.communeCode,
                List.of(Change.of("decision", null, r.decisionNumber + " " + r.decidedOn))));
        return communeDto(r);
    }

    /** The district consolidates once every commune has decided: each household's status for the cycle is frozen. */
    @Transactional
    public ReviewCycleDto consolidate(UUID cycleId) {
        ReviewCycle cycle = openCycle(cycleId);
        List<CommuneReview> communes = reviews.communeReviews(cycleId, AreaFilter.ALL);
        List<String> undecided = communes.stream().filter(r -> r.stage != CommuneStage.DECIDED).map(r -> r.communeCode).toList();
        if (!undecided.isEmpty()) {
            throw illegal("Communes that have not decided yet: " + String.join(", ", undecided));
        }
        Instant now = Instant.now();
        List<UUID> frozenHouseholds = new ArrayList<>();
        for (CommuneReview r : communes) {
            List<ReviewCase> cases = reviews.casesOf(r.id);
            Set<UUID> escapedBefore = reviews.escapedBefore(cases.stream().map(c -> c.householdId).toList());
            List<HouseholdStatusRecord> records = new ArrayList<>();
            for (ReviewCase c : cases) {
                HouseholdStatusRecord s = new HouseholdStatusRecord();
                s.id = Ids.next();
                s.householdId = c.householdId;
                s.cycleId = cycle.id;
                s.year = cycle.year;
                s.communeCode = r.communeCode;
                s.statusStart = c.statusStart;
                s.statusEnd = c.finalStatus;
                s.transition = Transition.of(c.statusStart, c.finalStatus, escapedBefore.contains(c.householdId));
                s.standardCode = cycle.standardCode;
                s.decidedOn = r.decidedOn;
                s.escapedOn = s.transition.escapes() ? r.decidedOn : null;
                s.frozenAt = now;
                records.add(s);
            }
            reviews.persistRecords(records);
            records.forEach(rec -> frozenHouseholds.add(rec.householdId));
        }
        // persistRecords clears the persistence context: reload before changing stages
        for (CommuneReview r : reviews.communeReviews(cycleId, AreaFilter.ALL)) {
            r.stage = r.stage.moveTo(CommuneStage.CONSOLIDATED);
            touch(r);
        }
        ReviewCycle fresh = reviews.findCycle(cycleId).orElseThrow();
        fresh.state = CycleState.CONSOLIDATED;
        fresh.consolidatedAt = now;
        fresh.consolidatedBy = caller.username();
        fresh.updatedAt = now;
        fresh.updatedBy = caller.username();
        audit.record(AuditEntry.write("REVIEW_CONSOLIDATED", "REVIEW_CYCLE", cycle.id, null, null,
                List.of(Change.of("statuses frozen", null, frozenHouseholds.size()))));
        frozenEvents.fire(new StatusesFrozen(cycle.id, frozenHouseholds));
        return toDto(fresh);
    }

    // ---- helpers

    private ReviewCycleDto toDto(ReviewCycle c) {
        Map<UUID, CaseProgressDto> progress = reviews.progress(c.id);
        Map<UUID, Long> meetings = reviews.meetingCounts(c.id);
        LocalDate today = today();
        List<CommuneReviewDto> communes = reviews.communeReviews(c.id, caller.areaFilter(null)).stream()
                .map(r -> ReviewMapper.communeReview(r, communeName(r.communeCode), progress.get(r.id), meetings.getOrDefault(r.id, 0L),
                        c.closesOn, today))
                .toList();
        return ReviewMapper.cycle(c, communes);
    }

    private CommuneReviewDto communeDto(CommuneReview r) {
        ReviewCycle c = reviews.findCycle(r.cycleId).orElseThrow();
        return ReviewMapper.communeReview(r, communeName(r.communeCode), reviews.progressOf(r.id), reviews.meetings(r.id).size(), c.closesOn, today());
    }


    private String communeName(String code) {
        return areas.find(code).map(AreaDto::name).orElse(code);
    }

    private ReviewCaseDto detail(ReviewCase c) {
        ReviewCycle cycle = reviews.findCycle(c.cycleId).orElseThrow();
        ReviewCaseSummary summary = reviews.caseSummary(c.id).orElseThrow();
        List<MeetingDto.VoteDto> votes = reviews.votesOfCase(c.id).stream()
                .map(v -> new MeetingDto.VoteDto(v.caseId(), summary.householdCode(), summary.headName(), v.agree(), v.proposedStatus(), v.agreed()))
                .toList();
        return new ReviewCaseDto(summary, c.cycleId, c.communeReviewId, cycle.standardCode, cycle.referenceDate,
                reviews.assessments(c.id).stream().map(ReviewMapper::assessment).toList(), votes,
                reviews.complaints(c.id).stream().map(ReviewMapper::complaint).toList());
    }

    private static ReviewCase newCase(ReviewCycle cycle, CommuneReview r, UUID householdId, String hamlet, CaseOrigin origin,
                                      LocalDate appliedOn, PovertyStatus start, Instant now) {
        ReviewCase c = new ReviewCase();
        c.id = Ids.next();
        c.communeReviewId = r.id;
        c.cycleId = cycle.id;
        c.householdId = householdId;
        c.hamletCode = hamlet;
        c.origin = origin;
        c.appliedOn = appliedOn;
        c.statusStart = start;
        c.state = CaseState.LISTED;
        c.updatedAt = now;
        c.updatedBy = r.updatedBy;
        return c;
    }

    ReviewCycle cycleOrThrow(UUID id) {
        return reviews.findCycle(id).orElseThrow(() -> ProblemException.notFound("NOT_FOUND", "No review cycle " + id));
    }

    private ReviewCycle openCycle(UUID id) {
        ReviewCycle c = cycleOrThrow(id);
        if (c.state != CycleState.OPEN) {
            throw illegal("The cycle was consolidated on " + c.consolidatedAt + "; its results are frozen");
        }
        return c;
    }

    private ReviewCase caseInScope(UUID caseId) {
        ReviewCase c = reviews.findCase(caseId).orElse(null);
        if (c == null || !caller.covers(communeOf(c))) {
            throw ProblemException.notFound("NOT_FOUND", "No review case " + caseId);
        }
        return c;
    }

    private String communeOf(ReviewCase c) {
        return communeReviewOf(c).communeCode;
    }

    private CommuneReview communeReviewOf(ReviewCase c) {
        return CommuneReview.<CommuneReview>findByIdOptional(c.communeReviewId).orElseThrow();
    }

    CommuneReview communeReviewInScope(UUID id) {
        CommuneReview r = CommuneReview.<CommuneReview>findByIdOptional(id).orElse(null);
        if (r == null || !caller.covers(r.communeCode)) {
            throw ProblemException.notFound("NOT_FOUND", "No commune review " + id);
        }
        return r;
    }

    private CommuneReview communeReviewInScope(UUID cycleId, String communeCode) {
        if (!caller.covers(communeCode)) {
            throw ProblemException.notFound("NOT_FOUND", "No review of commune " + communeCode + " in this cycle");
        }
        return reviews.communeReview(cycleId, communeCode)
                .orElseThrow(() -> ProblemException.notFound("NOT_FOUND", "No review of commune " + communeCode + " in this cycle"));
    }

    private static ProblemException complaintNotFound() {
        return ProblemException.notFound("NOT_FOUND", "No such complaint");
    }

    private void touch(ReviewCase c) {
        c.updatedAt = Instant.now();
        c.updatedBy = caller.username();
    }

    private void touch(CommuneReview r) {
        r.updatedAt = Instant.now();
        r.updatedBy = caller.username();
    }

    static ProblemException illegal(String detail) {
        return ProblemException.conflict("ILLEGAL_TRANSITION", detail);
    }

    /** Runs a state-machine step, answering 409 ILLEGAL_TRANSITION when the machine refuses it. */
    static <T> T step(Supplier<T> move) {
        try {
            return move.get();
        } catch (IllegalTransition e) {
            throw illegal(e.getMessage());
        }
    }
}
