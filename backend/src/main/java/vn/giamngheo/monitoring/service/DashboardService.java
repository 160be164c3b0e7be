package vn.giamngheo.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.monitoring.api.CoverageDto;
import vn.giamngheo.monitoring.api.PeriodStatusDto;
import vn.giamngheo.monitoring.api.PovertyRatesDto;
import vn.giamngheo.monitoring.domain.Indicators;
import vn.giamngheo.monitoring.persistence.RegistryRepository;
import vn.giamngheo.monitoring.persistence.ReportPeriod;
import vn.giamngheo.monitoring.persistence.SubmissionRepository;

/**
 * The district dashboard: rates by commune and review year against the −0.6 pp target, coverage of health insurance,
 * loans and training against 100 %, and the current period's submissions. Aggregates only (no household is named);
 * commune staff see their own commune. Each figure comes from one grouped statement over an index (migration V30).
 */
@ApplicationScoped
public class DashboardService {
    private final RegistryRepository registry;
    private final SubmissionRepository submissions;
    private final ReportingService reporting;
    private final AreaService areas;
    private final CallerScope caller;

    DashboardService(RegistryRepository registry, SubmissionRepository submissions, ReportingService reporting, AreaService areas, CallerScope caller) {
        this.registry = registry;
        this.submissions = submissions;
        this.reporting = reporting;
        this.areas = areas;
        this.caller = caller;
    }

    /** Start and end counts of one commune in one review. */
    private static final class Tally {
        long households;
        long poorStart;
        long nearPoorStart;
        long poorEnd;
        long nearPoorEnd;
        boolean decided;
    }

    @Transactional
    public PovertyRatesDto povertyRates(String communeCode) {
        AreaFilter area = caller.areaFilter(communeCode);
        List<RegistryRepository.Cycle> cycles = registry.periodicCycles();
        if (area.isEmpty() || cycles.isEmpty()) {
            return new PovertyRatesDto(Indicators.TARGET_CHANGE_PP, List.of(), List.of(), null);
        }
        List<UUID> all = cycles.stream().map(RegistryRepository.Cycle::id).toList();
        List<UUID> frozen = cycles.stream().filter(RegistryRepository.Cycle::consolidated).map(RegistryRepository.Cycle::id).toList();
        List<UUID> open = cycles.stream().filter(c -> !c.consolidated()).map(RegistryRepository.Cycle::id).toList();
        Map<UUID, Map<String, Tally>> tallies = new HashMap<>();
        for (RegistryRepository.CommuneBase b : registry.reviewBases(all, area)) {
            Tally t = tally(tallies, b.cycleId(), b.communeCode());
            t.households = b.households();
            t.decided = frozen.contains(b.cycleId()) || "DECIDED".equals(b.stage()) || "CONSOLIDATED".equals(b.stage());
        }
        List<RegistryRepository.StatusCount> counts = new ArrayList<>(registry.frozenCounts(frozen, area));
        counts.addAll(registry.openCounts(open, area));
        for (RegistryRepository.StatusCount c : counts) {
            Tally t = tally(tallies, c.cycleId(), c.communeCode());
            t.poorStart += "POOR".equals(c.start()) ? c.count() : 0;
            t.nearPoorStart += "NEAR_POOR".equals(c.start()) ? c.count() : 0;
            t.poorEnd += "POOR".equals(c.end()) ? c.count() : 0;
            t.nearPoorEnd += "NEAR_POOR".equals(c.end()) ? c.count() : 0;
            if (frozen.contains(c.cycleId())) {
                t.decided = true;
            }
        }
        // A consolidated review without per-commune rows (imported history) takes the households at the start of the
        // next review, the count closest to its end; only when there is none are today's households counted (a scan
        // of the household table, the one statement here that grows with the registry).
        Map<String, Long> now = null;
        for (int i = 0; i < cycles.size(); i++) {
            Map<String, Tally> next = i + 1 < cycles.size() ? tallies.getOrDefault(cycles.get(i + 1).id(), Map.of()) : Map.of();
            for (Map.Entry<String, Tally> e : tallies.getOrDefault(cycles.get(i).id(), Map.of()).entrySet()) {
                if (e.getValue().households > 0) {
                    continue;
                }
                Tally following = next.get(e.getKey());
                if (following != null && following.households > 0) {
                    e.getValue().households = following.households;
                } else {
                    now = now == null ? registry.householdsNow(area) : now;
                    e.getValue().households = now.getOrDefault(e.getKey(), 0L);
                }
            }
        }
        Set<String> communes = new TreeSet<>();
        tallies.values().forEach(m -> communes.addAll(m.keySet()));
        List<PovertyRatesDto.AreaRates> rows = new ArrayList<>();
        Map<UUID, Tally> district = new HashMap<>();
        for (String commune : communes) {
            List<PovertyRatesDto.YearRates> years = new ArrayList<>();
            for (RegistryRepository.Cycle c : cycles) {
                Tally t = tallies.getOrDefault(c.id(), Map.of()).get(commune);
                if (t == null) {
                    continue;
                }
                years.add(year(c, t, !c.consolidated()));
                Tally d = district.computeIfAbsent(c.id(), k -> new Tally());
                d.households += t.households;
                d.poorStart += t.poorStart;
                d.nearPoorStart += t.nearPoorStart;
                if (t.decided) {
                    d.poorEnd += t.poorEnd;
                    d.nearPoorEnd += t.nearPoorEnd;
                    d.decided = true;
                }
            }
            rows.add(new PovertyRatesDto.AreaRates(commune, name(commune), years));
        }
        List<PovertyRatesDto.YearRates> districtYears = new ArrayList<>();
        for (RegistryRepository.Cycle c : cycles) {
            Tally d = district.get(c.id());
            if (d != null) {
                // the end rate of a review still open is over the decided communes' households only
                if (!c.consolidated() && d.decided) {
                    Tally decidedOnly = new Tally();
                    decidedOnly.decided = true;
                    for (Map.Entry<String, Tally> e : tallies.get(c.id()).entrySet()) {
                        if (e.getValue().decided) {
                            decidedOnly.households += e.getValue().households;
                            decidedOnly.poorStart += e.getValue().poorStart;
                            decidedOnly.nearPoorStart += e.getValue().nearPoorStart;
                            decidedOnly.poorEnd += e.getValue().poorEnd;
                            decidedOnly.nearPoorEnd += e.getValue().nearPoorEnd;
                        }
                    }
                    PovertyRatesDto.YearRates whole = year(c, d, true);
                    PovertyRatesDto.YearRates part = year(c, decidedOnly, true);
                    districtYears.add(new PovertyRatesDto.YearRates(c.year(), whole.households(), whole.poorStart(), whole.nearPoorStart(), part.poor(),
                            part.nearPoor(), whole.poorRateStart(), whole.nearPoorRateStart(), part.poorRate(), part.nearPoorRate(),
                            part.poorRateChangePp(), part.meetsTarget(), true));
                } else {
                    districtYears.add(year(c, d, !c.consolidated()));
                }
            }
        }
        String districtCode = area.all() ? "870" : area.communeCode();
        return new PovertyRatesDto(Indicators.TARGET_CHANGE_PP, cycles.stream().map(RegistryRepository.Cycle::year).toList(), rows,
                new PovertyRatesDto.AreaRates(districtCode, name(districtCode), districtYears));
    }

    private static PovertyRatesDto.YearRates year(RegistryRepository.Cycle c, Tally t, boolean provisional) {
        double poorStart = Indicators.ratePercent(t.poorStart, t.households);
        double nearStart = Indicators.ratePercent(t.nearPoorStart, t.households);
        if (!t.decided) {
            return new PovertyRatesDto.YearRates(c.year(), t.households, t.poorStart, t.nearPoorStart, null, null, poorStart, nearStart, null, null,
                    null, null, provisional);
        }
        double poor = Indicators.ratePercent(t.poorEnd, t.households);
        double change = Indicators.changePp(poorStart, poor);
        return new PovertyRatesDto.YearRates(c.year(), t.households, t.poorStart, t.nearPoorStart, t.poorEnd, t.nearPoorEnd, poorStart, nearStart,
                poor, Indicators.ratePercent(t.nearPoorEnd, t.households), change,
                Indicators.meetsChangeTarget(change, Indicators.TARGET_CHANGE_PP), provisional);
    }

    private static Tally tally(Map<UUID, Map<String, Tally>> tallies, UUID cycle, String commune) {
        return tallies.computeIfAbsent(cycle, k -> new HashMap<>()).computeIfAbsent(commune, k -> new Tally());
    }

    @Transactional
    public CoverageDto coverage(String communeCode) {
        AreaFilter area = caller.areaFilter(communeCode);
        if (area.isEmpty()) {
            return new CoverageDto(Indicators.TARGET_COVERAGE_PERCENT, List.of(), null);
        }
        List<RegistryRepository.Delivery> rows = new ArrayList<>(registry.delivery(area));
        Set<String> present = new TreeSet<>();
        rows.forEach(r -> present.add(r.communeCode()));
        // communes without any entitlement still show, with nothing to cover
        for (AreaDto a : area.all() ? areas.communes() : areas.findCommune(area.communeCode()).stream().toList()) {
            if (!present.contains(a.code())) {
                rows.add(new RegistryRepository.Delivery(a.code(), 0, 0, 0, 0, 0, 0, 0, 0));
            }
        }
        rows.sort(Comparator.comparing(RegistryRepository.Delivery::communeCode));
        RegistryRepository.Delivery total = new RegistryRepository.Delivery(area.all() ? "870" : area.communeCode(),
                rows.stream().mapToLong(RegistryRepository.Delivery::hiEntitled).sum(), rows.stream().mapToLong(RegistryRepository.Delivery::hiCardsIssued).sum(),
                rows.stream().mapToLong(RegistryRepository.Delivery::loanRequests).sum(), rows.stream().mapToLong(RegistryRepository.Delivery::loanBorrowers).sum(),
                0, rows.stream().mapToLong(RegistryRepository.Delivery::trainingRequests).sum(), rows.stream().mapToLong(RegistryRepository.Delivery::trainees).sum(), 0);
        return new CoverageDto(Indicators.TARGET_COVERAGE_PERCENT, rows.stream().map(this::coverage).toList(), coverage(total));
    }

    private CoverageDto.AreaCoverage coverage(RegistryRepository.Delivery d) {
        return new CoverageDto.AreaCoverage(d.communeCode(), name(d.communeCode()), measure(d.hiCardsIssued(), d.hiEntitled()),
                measure(d.loanBorrowers(), d.loanRequests()), measure(d.trainees(), d.trainingRequests()));
    }

    private static CoverageDto.Measure measure(long served, long toServe) {
        Double percent = Indicators.coveragePercent(served, toServe);
        return new CoverageDto.Measure(served, toServe, percent, Indicators.meetsCoverage(percent, Indicators.TARGET_COVERAGE_PERCENT));
    }

    /**
     * The current period's units and where each stands: the period given, or the latest that has started (the one
     * whose due date is latest among those covering today or earlier), else the next to start.
     */
    @Transactional
    public PeriodStatusDto submissionStatus(UUID periodId) {
        if (periodId != null) {
            return reporting.status(periodId);
        }
        LocalDate today = ReportingService.today();
        List<ReportPeriod> periods = submissions.periods();
        Optional<ReportPeriod> current = periods.stream().filter(p -> !p.coversFrom.isAfter(today))
                .max(Comparator.comparing((ReportPeriod p) -> p.dueOn).thenComparing(p -> p.createdAt));
        if (current.isEmpty()) {
            current = periods.stream().min(Comparator.comparing((ReportPeriod p) -> p.dueOn));
        }
        return reporting.status(current.orElseThrow(() -> ProblemException.notFound("REPORT_PERIOD_NOT_FOUND", "No report period has been opened yet")).id);
    }

    private String name(String code) {
        return areas.find(code).map(AreaDto::name).orElse(code);
    }
}
