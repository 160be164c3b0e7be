package vn.giamngheo.benefit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.Change;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.benefit.api.EntitlementDto;
import vn.giamngheo.benefit.api.EntitlementList;
import vn.giamngheo.benefit.api.EntitlementPage;
import vn.giamngheo.benefit.api.EntitlementQuery;
import vn.giamngheo.benefit.api.StepRequest;
import vn.giamngheo.benefit.domain.BenefitProgram;
import vn.giamngheo.benefit.domain.BenefitRule;
import vn.giamngheo.benefit.domain.EligibilityEngine;
import vn.giamngheo.benefit.domain.EntitlementEventKind;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.Grant;
import vn.giamngheo.benefit.domain.HouseholdFacts;
import vn.giamngheo.benefit.domain.IllegalStep;
import vn.giamngheo.benefit.domain.IssuedCard;
import vn.giamngheo.benefit.domain.ProgramKind;
import vn.giamngheo.benefit.domain.Reconciliation;
import vn.giamngheo.benefit.domain.Step;
import vn.giamngheo.benefit.mapping.BenefitMapper;
import vn.giamngheo.benefit.persistence.BenefitRepository;
import vn.giamngheo.benefit.persistence.Entitlement;
import vn.giamngheo.benefit.persistence.EntitlementBulk;
import vn.giamngheo.benefit.persistence.EntitlementEvent;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.id.Ids;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.household.api.HouseholdChanged;
import vn.giamngheo.household.api.HouseholdDto;
import vn.giamngheo.household.api.MembersRemoving;
import vn.giamngheo.household.service.HouseholdService;
import vn.giamngheo.review.api.StatusesFrozen;

/**
 * Entitlements: recomputed from the rule packs whenever a status is frozen or a household changes (in that
 * transaction), read by staff within their area, and moved along their state machine by offices and partners.
 */
@ApplicationScoped
public class EntitlementService {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ENTITLEMENT = "ENTITLEMENT";

    private final BenefitRepository benefits;
    private final EntitlementBulk bulk;
    private final BenefitCalendar calendar;
    private final HouseholdService households;
    private final AuditService audit;
    private final CallerScope caller;

    EntitlementService(BenefitRepository benefits, EntitlementBulk bulk, BenefitCalendar calendar, HouseholdService households,
                       AuditService audit, CallerScope caller) {
        this.benefits = benefits;
        this.bulk = bulk;
        this.calendar = calendar;
        this.households = households;
        this.audit = audit;
        this.caller = caller;
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    // ---- recompute

    void onStatusesFrozen(@Observes StatusesFrozen frozen) {
        recompute(frozen.householdIds(), "statuses frozen by cycle " + frozen.cycleId());
    }

    /** In the transaction of the change, on behalf of whoever made it (the caller, or whoever requested an import). */
    void onHouseholdChanged(@Observes HouseholdChanged changed) {
        recompute(changed.householdIds(), "household changed", calendar.today(), changed.actor());
    }

    /** Members an entitlement names are kept by an undo (they leave instead): partners may have seen the entitlement. */
    void onMembersRemoving(@Observes MembersRemoving removing) {
        removing.keep(benefits.membersNamed(removing.memberIds()));
    }

    /** Brings the households' entitlements in line with the rules today; ended ones are kept with their reason. */
    @Transactional
    public Counts recompute(Collection<UUID> householdIds, String why) {
        return recompute(householdIds, why, calendar.today(), caller.username());
    }

    /**
     * Brings the households' entitlements in line with the rules on {@code on}, on behalf of {@code actor} (the
     * caller, or whoever requested a recompute job). Set-based whatever the number of households: two statements
     * read the facts, one the live entitlements, and one each ends, changes and creates entitlements and appends
     * their events. Ended entitlements are kept with their reason.
     */
    @Transactional
    public Counts recompute(Collection<UUID> householdIds, String why, LocalDate on, String actor) {
        if (householdIds.isEmpty()) {
            return new Counts(0, 0, 0);
        }
        bulk.prepare();
        List<BenefitRule> rules = benefits.rules();
        Map<String, BenefitRule> ruleByCode = rules.stream().collect(Collectors.toMap(BenefitRule::code, Function.identity()));
        EligibilityEngine engine = new EligibilityEngine(rules);
        Map<UUID, List<EntitlementBulk.LiveRow>> liveByHousehold = bulk.live(householdIds).stream()
                .collect(Collectors.groupingBy(EntitlementBulk.LiveRow::householdId));
        Map<UUID, EntitlementBulk.LiveRow> byId = new HashMap<>();
        liveByHousehold.values().forEach(l -> l.forEach(e -> byId.put(e.id(), e)));

        List<Reconciliation.End> ends = new ArrayList<>();
        List<Reconciliation.Update> updates = new ArrayList<>();
        List<Grant> creates = new ArrayList<>();
        Map<UUID, String> communes = new HashMap<>();
        for (HouseholdFacts h : benefits.facts(householdIds)) {
            List<EntitlementBulk.LiveRow> rows = liveByHousehold.getOrDefault(h.householdId(), List.of());
            if (h.latest() == null && rows.isEmpty()) {
                continue;
            }
            communes.put(h.householdId(), h.communeCode());
            List<Reconciliation.Live> live = rows.stream()
                    .map(e -> new Reconciliation.Live(e.id(), e.programCode(), e.ruleCode(), e.subject(), e.validFrom(), e.validTo(),
                            e.supportRatePercent(), e.amountCapVnd(), e.monthlyAmountVnd(), ruleByCode.get(e.ruleCode()).validity()))
                    .toList();
            Reconciliation.Changes c = Reconciliation.of(live, engine.grants(h, on), noLongerReason(h, on));
            ends.addAll(c.end());
            updates.addAll(c.update());
            creates.addAll(c.create());
        }
        Instant now = Instant.now();
        List<EntitlementBulk.EventRow> events = new ArrayList<>(ends.size() + updates.size() + creates.size());
        // end first: a person moving between households keeps one live entitlement per program
        List<EntitlementBulk.EndedRow> ended = new ArrayList<>(ends.size());
        for (Reconciliation.End end : ends) {
            EntitlementState from = byId.get(end.id()).state();
            ended.add(new EntitlementBulk.EndedRow(end.id(), end.reason()));
            events.add(new EntitlementBulk.EventRow(end.id(), EntitlementEventKind.EXPIRED.name(), from, from.moveTo(EntitlementState.EXPIRED),
                    Map.of("reason", end.reason())));
        }
        bulk.expire(ended, on, now, actor);
        List<EntitlementBulk.ChangedRow> changed = new ArrayList<>(updates.size());
        for (Reconciliation.Update u : updates) {
            Grant g = u.grant();
            changed.add(new EntitlementBulk.ChangedRow(u.id(), g.validTo(), g.supportRatePercent(), g.amountCapVnd(), g.monthlyAmountVnd()));
            EntitlementState state = byId.get(u.id()).state();
            events.add(new EntitlementBulk.EventRow(u.id(), EntitlementEventKind.CHANGED.name(), state, state,
                    Map.of("validTo", String.valueOf(g.validTo()))));
        }
        bulk.change(changed, now, actor);
        List<EntitlementBulk.NewRow> created = new ArrayList<>(creates.size());
        for (Grant g : creates) {
            UUID id = Ids.next();
            created.add(new EntitlementBulk.NewRow(id, g.programCode(), g.ruleCode(), g.householdId(), g.memberId(), g.personId(),
                    communes.get(g.householdId()), g.statusRecordId(), g.supportRatePercent(), g.amountCapVnd(), g.monthlyAmountVnd(),
                    g.validFrom(), g.validTo()));
            events.add(new EntitlementBulk.EventRow(id, EntitlementEventKind.ELIGIBLE.name(), null, EntitlementState.ELIGIBLE,
                    Map.of("rule", g.ruleCode())));
        }
        bulk.create(created, now, actor);
        bulk.events(events, on, now, actor);
        Counts counts = new Counts(creates.size(), updates.size(), ends.size());
        if (!counts.none()) {
            UUID single = householdIds.size() == 1 ? householdIds.iterator().next() : null;
            audit.record(AuditEntry.write("ENTITLEMENTS_RECOMPUTED", ENTITLEMENT, single, single,
                            single == null ? null : communes.get(single),
                            List.of(Change.of("created", null, counts.created()), Change.of("changed", null, counts.changed()),
                                    Change.of("ended", null, counts.ended())))
                    .withContext(Map.of("households", householdIds.size(), "why", why)), actor);
        }
        return counts;
    }

    /** What a recompute did. */
    public record Counts(int created, int changed, int ended) {
        public boolean none() {
            return created == 0 && changed == 0 && ended == 0;
        }
    }

    private static String noLongerReason(HouseholdFacts h, LocalDate on) {
        if (h.archived()) {
            return "The household was archived";
        }
        String status = h.latest() == null ? "none" : h.latest().status().name();
        return "No rule grants it on " + on + " (household status " + status + ", or the person left the household)";
    }

    // ---- reads

    @Transactional
    public EntitlementList ofHousehold(UUID householdId) {
        HouseholdDto h = households.get(householdId);
        List<Entitlement> items = benefits.ofHousehold(h.id());
        audit.record(AuditEntry.read("ENTITLEMENTS_READ", ENTITLEMENT, null, h.id(), h.communeCode(), "benefit entitlements"));
        return new EntitlementList(h.id(), dtos(items));
    }

    @Transactional
    public EntitlementPage search(EntitlementQuery q, PageQuery page) {
        AreaFilter area = caller.areaFilter(q.communeCode);
        if (area.isEmpty()) {
            return EntitlementPage.of(List.of(), page, 0);
        }
        var items = benefits.search(q, area, page);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("programCode", q.programCode);
        filters.put("communeCode", q.communeCode);
        filters.put("state", q.state);
        filters.put("page", page.page);
        filters.values().removeIf(java.util.Objects::isNull);
        audit.record(AuditEntry.read("ENTITLEMENTS_SEARCHED", ENTITLEMENT, null, null, area.communeCode(), "benefit entitlements")
                .withContext(Map.of("filters", filters, "returned", items.size())));
        return EntitlementPage.of(items, page, benefits.count(q, area));
    }

    // ---- steps

    /** An office records a step; commune staff only for their commune (others answer 404). */
    @Transactional
    public EntitlementDto record(UUID id, StepRequest in) {
        Entitlement e = benefits.find(id).filter(x -> caller.covers(x.communeCode))
                .orElseThrow(() -> ProblemException.notFound("ENTITLEMENT_NOT_FOUND", "No entitlement " + id + " in your area"));
        Optional<Rejection> rejected = apply(e, program(e.programCode).kind(), in.step(), in.facts(), caller.username());
        if (rejected.isPresent()) {
            Rejection r = rejected.get();
            if (r.code().equals("ILLEGAL_TRANSITION")) {
                throw ProblemException.conflict("ILLEGAL_TRANSITION", r.detail());
            }
            throw ProblemException.invalid(r.problems().stream().map(p -> FieldError.body("/" + (p.field().equals("kind") ? "step" : p.field()),
                    p.code(), p.detail())).toList());
        }
        audit.record(AuditEntry.write("ENTITLEMENT_STEP_RECORDED", ENTITLEMENT, e.id, e.householdId, e.communeCode,
                List.of(Change.of("state", null, e.state.name()))).withContext(Map.of("step", in.step().name())));
        return dtos(List.of(e)).get(0);
    }

    /** Why a step was not applied: ILLEGAL_TRANSITION, or the facts it lacks. */
    public record Rejection(String code, String detail, List<Step.Problem> problems) {
    }

    /** A partner's step on one entitlement; a card issuance also carries the support rate printed on the card. */
    public record PartnerStep(UUID entitlementId, Step step, Step.Facts facts, BigDecimal cardSupportRatePercent) {
    }

    /**
     * A partner's batch of steps on entitlements of its program kind, each applied or rejected on its own, in order.
     * An entitlement of another kind answers as unknown, so a partner learns nothing outside its purpose. The caller
     * audits the call.
     */
    @Transactional
    public List<Optional<Rejection>> partnerSteps(ProgramKind kind, List<PartnerStep> steps) {
        Map<String, ProgramKind> kinds = benefits.programs().stream().collect(Collectors.toMap(BenefitProgram::code, BenefitProgram::kind));
        String actor = caller.username();
        List<Optional<Rejection>> out = new ArrayList<>();
        for (PartnerStep s : steps) {
            Optional<Entitlement> found = benefits.find(s.entitlementId()).filter(e -> kinds.get(e.programCode) == kind);
            if (found.isEmpty()) {
                out.add(Optional.of(new Rejection("ENTITLEMENT_NOT_FOUND", "No " + kind + " entitlement " + s.entitlementId(), List.of())));
                continue;
            }
            Entitlement e = found.get();
            Optional<Step.Problem> card = s.cardSupportRatePercent() == null ? Optional.empty()
                    : new IssuedCard(s.cardSupportRatePercent(), s.facts().cardValidFrom(), s.facts().cardValidTo())
                            .mismatch(e.supportRatePercent, e.validFrom, e.validTo);
            out.add(card.isPresent() ? Optional.of(new Rejection(card.get().code(), card.get().detail(), List.of(card.get())))
                    : apply(e, kind, s.step(), s.facts(), actor));
        }
        return out;
    }

    /** The one way a step is applied, for offices and partners alike. Nothing is written when it is rejected. */
    private Optional<Rejection> apply(Entitlement e, ProgramKind kind, Step step, Step.Facts facts, String actor) {
        List<Step.Problem> problems = step.check(kind, e.amountCapVnd, facts);
        if (!problems.isEmpty()) {
            Step.Problem first = problems.get(0);
            return Optional.of(new Rejection(first.code(), first.field() + " " + first.detail(), problems));
        }
        EntitlementState from = e.state;
        EntitlementState to;
        try {
            to = step.apply(from);
        } catch (IllegalStep ex) {
            return Optional.of(new Rejection("ILLEGAL_TRANSITION", ex.getMessage(), List.of()));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        switch (step) {
            case FULFILLED -> {
                if (kind == ProgramKind.HEALTH_INSURANCE) {
                    e.cardNumber = facts.cardNumber();
                    e.cardValidFrom = facts.cardValidFrom();
                    e.cardValidTo = facts.cardValidTo();
                    detail.put("cardValidFrom", facts.cardValidFrom().toString());
                    detail.put("cardValidTo", facts.cardValidTo().toString());
                }
                if (kind == ProgramKind.LOAN) {
                    e.loanAmountVnd = facts.amountVnd();
                    detail.put("amountVnd", facts.amountVnd());
                }
            }
            case ENROLLED -> {
                if (kind == ProgramKind.LOAN) {
                    e.loanAmountVnd = facts.amountVnd();
                    detail.put("amountVnd", facts.amountVnd());
                }
            }
            case REPAYMENT -> {
                e.repaymentStatus = facts.repaymentStatus();
                detail.put("repaymentStatus", facts.repaymentStatus().name());
            }
            case EMPLOYED -> e.employedAfter = true;
            case REVOKED -> {
                e.endedOn = facts.occurredOn();
                e.endReason = facts.note();
            }
            case REQUESTED -> {
            }
        }
        if (facts.note() != null) {
            detail.put("note", facts.note());
        }
        e.state = to;
        Instant now = Instant.now();
        touch(e, now, actor);
        event(e, step.eventKind(), from, facts.occurredOn(), detail, now, actor);
        benefits.flush();
        if (step == Step.FULFILLED && kind == ProgramKind.HEALTH_INSURANCE && e.memberId != null) {
            // The member's record carries the card too. The registry announces the change and the recompute it triggers
            // keeps this entitlement: a card number is no fact the rules look at, and the recompute writes nothing back.
            households.recordHealthInsuranceCard(e.householdId, e.memberId, facts.cardNumber(), facts.cardValidTo());
        }
        return Optional.empty();
    }

    // ---- helpers

    private BenefitProgram program(String code) {
        return benefits.programs().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private List<EntitlementDto> dtos(List<Entitlement> items) {
        Map<UUID, String> names = benefits.memberNames(items.stream().map(e -> e.memberId).filter(java.util.Objects::nonNull).toList());
        List<EntitlementEvent> events = benefits.events(items.stream().map(e -> e.id).toList());
        return items.stream().map(e -> BenefitMapper.toDto(e, names, events)).toList();
    }

    private static void touch(Entitlement e, Instant now, String actor) {
        e.updatedAt = now;
        e.updatedBy = actor;
    }

    private void event(Entitlement e, EntitlementEventKind kind, EntitlementState from, LocalDate on, Map<String, Object> detail, Instant now,
                       String actor) {
        EntitlementEvent ev = new EntitlementEvent();
        ev.id = Ids.next();
        ev.entitlementId = e.id;
        ev.kind = kind;
        ev.fromState = from;
        ev.toState = e.state;
        ev.occurredOn = on;
        ev.detail = detail;
        ev.recordedAt = now;
        ev.recordedBy = actor;
        benefits.persist(ev);
    }
}
