package vn.giamngheo.benefit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.AuditKind;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.benefit.api.CommuneCoverage;
import vn.giamngheo.benefit.api.ProgramCoverage;
import vn.giamngheo.benefit.api.ReconciliationItem;
import vn.giamngheo.benefit.api.ReconciliationPage;
import vn.giamngheo.benefit.api.ReconciliationQuery;
import vn.giamngheo.benefit.domain.BenefitProgram;
import vn.giamngheo.benefit.domain.Coverage;
import vn.giamngheo.benefit.domain.ReconciliationFinding;
import vn.giamngheo.benefit.domain.ProgramKind;
import vn.giamngheo.benefit.persistence.BenefitRepository;
import vn.giamngheo.benefit.persistence.CoverageRepository;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;

/**
 * The reconciliation board: coverage of a program per commune (counts, no personal data) and the entitlements behind
 * the gaps (personal data: area-scoped and audited).
 */
@ApplicationScoped
public class ReconciliationService {
    private static final String ENTITLEMENT = "ENTITLEMENT";
    static final String TOTAL = "Tổng";

    private final CoverageRepository coverage;
    private final BenefitRepository benefits;
    private final AreaService areas;
    private final AuditService audit;
    private final CallerScope caller;

    ReconciliationService(CoverageRepository coverage, BenefitRepository benefits, AreaService areas, AuditService audit, CallerScope caller) {
        this.coverage = coverage;
        this.benefits = benefits;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
    }

    /** Coverage per commune in the caller's scope; when {@code export}, the read is audited as an export. */
    @Transactional
    public ProgramCoverage coverage(String programCode, String communeCode, boolean export) {
        BenefitProgram program = program(programCode);
        LocalDate today = EntitlementService.today();
        List<AreaDto> communes = communesInScope(communeCode);
        Map<String, Coverage.Tally> tallies = new LinkedHashMap<>();
        communes.forEach(c -> tallies.put(c.code(), Coverage.Tally.ZERO));
        if (!communes.isEmpty()) {
            String only = communes.size() == 1 ? communes.get(0).code() : null;
            for (CoverageRepository.Group g : coverage.groups(new CoverageRepository.Scope(program.code(), only), today)) {
                tallies.computeIfPresent(g.communeCode(), (k, t) -> t.add(Coverage.standing(program.kind(), g.facts()), g.count()));
            }
        }
        var target = Coverage.targetPercent(program.kind());
        List<CommuneCoverage> rows = new ArrayList<>();
        Coverage.Tally total = Coverage.Tally.ZERO;
        for (AreaDto c : communes) {
            Coverage.Tally t = tallies.get(c.code());
            total = total.plus(t);
            rows.add(row(c.code(), c.name(), t, target));
        }
        if (export) {
            audit.record(new AuditEntry(AuditKind.EXPORT, "COVERAGE_EXPORTED", "BENEFIT_PROGRAM", program.code(), null,
                    communes.size() == 1 ? communes.get(0).code() : null, "reconciliation board", List.of(), Map.of("communes", communes.size())));
        }
        return new ProgramCoverage(program.code(), program.kind(), today, target, Coverage.basis(program.kind()), rows,
                row(null, TOTAL, total, target), program.nameVi());
    }

    /** A page of the board's findings, audited as a read of personal data. */
    @Transactional
    public ReconciliationPage list(ReconciliationQuery q, PageQuery page) {
        Selection s = selection(q);
        if (s == null) {
            audited(q, AuditKind.READ, 0, null);
            return ReconciliationPage.of(List.of(), page, 0);
        }
        List<ReconciliationItem> items = coverage.rows(s.scope(), s.wanted(), s.today(), page).stream().map(ReconciliationService::item).toList();
        audited(q, AuditKind.READ, items.size(), s.scope().communeCode());
        return ReconciliationPage.of(items, page, coverage.count(s.scope(), s.wanted(), s.today()));
    }

    /** Every finding the query selects (not one page), for a CSV or XLSX download; audited as an export. */
    @Transactional
    public List<ReconciliationItem> export(ReconciliationQuery q) {
        Selection s = selection(q);
        List<ReconciliationItem> items = s == null ? List.of()
                : coverage.rows(s.scope(), s.wanted(), s.today(), null).stream().map(ReconciliationService::item).toList();
        audited(q, AuditKind.EXPORT, items.size(), s == null ? null : s.scope().communeCode());
        return items;
    }

    private record Selection(CoverageRepository.Scope scope, Map<ProgramKind, List<Coverage.Facts>> wanted, LocalDate today) {
    }

    /** Null when the caller sees no commune. */
    private Selection selection(ReconciliationQuery q) {
        List<BenefitProgram> programs = benefits.programs();
        if (q.programCode != null && programs.stream().noneMatch(p -> p.code().equals(q.programCode))) {
            throw ProblemException.invalid(List.of(FieldError.param("programCode", "UNKNOWN_PROGRAM", "is not a benefit program")));
        }
        AreaFilter area = caller.areaFilter(q.communeCode);
        if (area.isEmpty()) {
            return null;
        }
        Map<ProgramKind, List<Coverage.Facts>> wanted = new EnumMap<>(ProgramKind.class);
        programs.stream().filter(p -> q.programCode == null || p.code().equals(q.programCode)).map(BenefitProgram::kind).distinct()
                .forEach(kind -> {
                    List<Coverage.Facts> facts = new ArrayList<>();
                    for (ReconciliationFinding f : ReconciliationFinding.values()) {
                        if (q.finding == null || q.finding == f) {
                            facts.addAll(Coverage.withFinding(kind, f));
                        }
                    }
                    wanted.put(kind, facts);
                });
        return new Selection(new CoverageRepository.Scope(q.programCode, area.all() ? null : area.communeCode()), wanted,
                EntitlementService.today());
    }

    private void audited(ReconciliationQuery q, AuditKind kind, int returned, String communeCode) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("programCode", q.programCode);
        filters.put("communeCode", q.communeCode);
        filters.put("finding", q.finding);
        filters.values().removeIf(Objects::isNull);
        audit.record(new AuditEntry(kind, kind == AuditKind.EXPORT ? "RECONCILIATION_EXPORTED" : "RECONCILIATION_READ", ENTITLEMENT, null,
                null, communeCode, "reconciliation board", List.of(), Map.of("filters", filters, "returned", returned)));
    }

    /**
     * Aggregate counts carry no personal data: commune staff see their commune, district staff, auditors and the
     * departments that run the programs see every commune.
     */
    private List<AreaDto> communesInScope(String requested) {
        List<AreaDto> all = areas.communes();
        if (caller.districtWide() || (caller.departmentCode().isPresent() && caller.communeCode().isEmpty())) {
            return all.stream().filter(c -> requested == null || c.code().equals(requested)).toList();
        }
        return caller.communeCode().filter(own -> requested == null || own.equals(requested))
                .map(own -> all.stream().filter(c -> c.code().equals(own)).toList()).orElse(List.of());
    }

    private BenefitProgram program(String code) {
        return benefits.programs().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("PROGRAM_NOT_FOUND", "No benefit program " + code));
    }

    private static CommuneCoverage row(String code, String name, Coverage.Tally t, java.math.BigDecimal target) {
        return new CommuneCoverage(code, name, t.entitled(), t.requested(), t.denominator(), t.fulfilled(), t.unfulfilled(),
                t.noLongerEntitled(), Coverage.percent(t.fulfilled(), t.denominator()), Coverage.meetsTarget(target, t.fulfilled(), t.denominator()));
    }

    private static ReconciliationItem item(CoverageRepository.Row r) {
        return new ReconciliationItem(r.entitlementId(), Coverage.standing(r.kind(), r.facts()).finding(), r.programCode(), r.ruleCode(),
                r.householdId(), r.householdCode(), r.communeCode(), r.memberId(), r.fullName(), r.state(), r.validFrom(), r.validTo(),
                r.fulfilledOn(), r.endedOn(), r.endReason(), r.cardValidTo(), r.repaymentStatus());
    }
}
