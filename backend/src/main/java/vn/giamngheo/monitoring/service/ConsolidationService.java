package vn.giamngheo.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.AuditKind;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.monitoring.api.Completeness;
import vn.giamngheo.monitoring.api.UnitStatusDto;
import vn.giamngheo.monitoring.domain.BudgetLine;
import vn.giamngheo.monitoring.domain.Indicators;
import vn.giamngheo.monitoring.domain.SubmissionContent;
import vn.giamngheo.monitoring.persistence.ProgramRepository;
import vn.giamngheo.monitoring.persistence.ReportPeriod;
import vn.giamngheo.monitoring.persistence.ReportSubmission;

/**
 * The district report for a period, assembled from the accepted submissions and the registry: key indicators by
 * commune (the commune's accepted figure where it reported one, the registry's otherwise), the departments' and
 * communes' activity figures, budget by project and source, the units' difficulties and proposals, and who reported
 * in time. Only the standing office and district-wide readers consolidate.
 */
@ApplicationScoped
public class ConsolidationService {
    /** The indicators of the commune table, in column order. */
    static final List<String> COMMUNE_COLUMNS = List.of("HOUSEHOLDS", "POOR_HOUSEHOLDS", "POOR_RATE", "NEAR_POOR_HOUSEHOLDS", "NEAR_POOR_RATE",
            "ESCAPED_POVERTY", "NEWLY_POOR", "HI_CARDS_ISSUED", "HI_ENTITLED", "LOAN_BORROWERS", "TRAINEES");

    private final ReportingService reporting;
    private final ProgramService program;
    private final RegistryService registry;
    private final AuditService audit;

    ConsolidationService(ReportingService reporting, ProgramService program, RegistryService registry, AuditService audit) {
        this.reporting = reporting;
        this.program = program;
        this.registry = registry;
        this.audit = audit;
    }

    public record CommuneRow(String communeCode, String name, Map<String, BigDecimal> values, boolean fromAcceptedReport) {
    }

    public record IndicatorTotal(String code, String nameVi, String unit, BigDecimal total, int units) {
    }

    public record BudgetTotal(String projectNumber, String projectName, String sourceName, long allocatedVnd, long disbursedVnd, Double disbursedPercent) {
    }

    public record UnitText(String unitName, String results, String difficulties, String proposals) {
    }

    public record Consolidated(String title, int year, LocalDate dueOn, LocalDate coversFrom, LocalDate coversTo, LocalDate printedOn,
                               String registryBasis, Map<String, String> columnNames, List<CommuneRow> communes, CommuneRow district,
                               List<IndicatorTotal> activities, List<BudgetTotal> budget, List<UnitText> texts, Completeness completeness,
                               List<UnitStatusDto> units) {
    }

    @Transactional
    public Consolidated consolidate(UUID periodId, String format) {
        ReportPeriod p = reporting.period0(periodId);
        Map<String, ProgramRepository.UnitRow> units = program.unitsByCode();
        List<ProgramRepository.IndicatorRow> indicators = program.indicators();
        Map<String, String> names = new LinkedHashMap<>();
        indicators.forEach(i -> names.put(i.code(), i.nameVi()));
        Map<String, SubmissionContent> accepted = new LinkedHashMap<>();
        for (ReportSubmission s : reporting.accepted(p.id)) {
            accepted.put(s.unitCode, ContentJson.content(s.content));
        }
        RegistryService.Figures figures = registry.figures(p.year, AreaFilter.ALL);

        List<CommuneRow> communes = new ArrayList<>();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (ProgramRepository.UnitRow u : units.values()) {
            if (!"COMMUNE".equals(u.kind()) || !u.active()) {
                continue;
            }
            Map<String, BigDecimal> reg = figures.of(u.communeCode()).values();
            SubmissionContent report = accepted.get(u.code());
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            for (String code : COMMUNE_COLUMNS) {
                BigDecimal typed = report == null ? null : report.indicators().get(code);
                values.put(code, typed != null ? typed : reg.getOrDefault(code, BigDecimal.ZERO));
            }
            rates(values);
            for (String code : COMMUNE_COLUMNS) {
                if (!code.endsWith("_RATE")) {
                    sums.merge(code, values.get(code), BigDecimal::add);
                }
            }
            String name = u.nameVi().replaceFirst("^Ủy ban nhân dân ", "");
            communes.add(new CommuneRow(u.communeCode(), name.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + name.substring(1),
                    values, report != null));
        }
        Map<String, BigDecimal> district = new LinkedHashMap<>();
        for (String code : COMMUNE_COLUMNS) {
            district.put(code, sums.getOrDefault(code, BigDecimal.ZERO));
        }
        rates(district);

        List<IndicatorTotal> activities = new ArrayList<>();
        for (ProgramRepository.IndicatorRow i : indicators) {
            if (!"UNIT".equals(i.source())) {
                continue;
            }
            BigDecimal total = BigDecimal.ZERO;
            int reporting = 0;
            for (SubmissionContent c : accepted.values()) {
                BigDecimal v = c.indicators().get(i.code());
                if (v != null) {
                    total = total.add(v);
                    reporting++;
                }
            }
            activities.add(new IndicatorTotal(i.code(), i.nameVi(), i.unit(), total, reporting));
        }

        Map<String, ProgramRepository.ProjectRow> projects = new LinkedHashMap<>();
        program.projects().forEach(pr -> projects.put(pr.code(), pr));
        Map<String, String> sources = new LinkedHashMap<>();
        program.fundingSources().forEach(f -> sources.put(f.code(), f.nameVi()));
        Map<String, long[]> money = new TreeMap<>();
        for (SubmissionContent c : accepted.values()) {
            for (BudgetLine b : c.budget()) {
                long[] m = money.computeIfAbsent(b.projectCode() + "|" + b.sourceCode(), k -> new long[2]);
                m[0] += b.allocatedVnd();
                m[1] += b.disbursedVnd();
            }
        }
        List<BudgetTotal> budget = new ArrayList<>();
        for (ProgramRepository.ProjectRow pr : projects.values()) {
            for (Map.Entry<String, String> src : sources.entrySet()) {
                long[] m = money.get(pr.code() + "|" + src.getKey());
                if (m != null) {
                    budget.add(new BudgetTotal(pr.number(), pr.nameVi(), src.getValue(), m[0], m[1], Indicators.coveragePercent(m[1], m[0])));
                }
            }
        }

        List<UnitText> texts = new ArrayList<>();
        accepted.forEach((code, c) -> {
            if (notBlank(c.results()) || notBlank(c.difficulties()) || notBlank(c.proposals())) {
                texts.add(new UnitText(ReportingService.unitName(units, code), c.results(), c.difficulties(), c.proposals()));
            }
        });

        Consolidated out = new Consolidated(p.title, p.year, p.dueOn, p.coversFrom, p.coversTo, ReportingService.today(), figures.basis(),
                names, communes, new CommuneRow("870", "Toàn huyện", district, false), activities, budget, texts, reporting.completeness(p),
                reporting.unitStatuses(p, u -> true));
        audit.record(new AuditEntry(AuditKind.EXPORT, "CONSOLIDATED_REPORT_EXPORTED", "REPORT_PERIOD", p.id.toString(), null, null,
                "district report " + format, List.of(), Map.of("acceptedReports", accepted.size())));
        return out;
    }

    /** Rates recomputed from the consolidated counts, never summed or taken from a report. */
    private static void rates(Map<String, BigDecimal> v) {
        long households = v.get("HOUSEHOLDS").longValue();
        v.put("POOR_RATE", BigDecimal.valueOf(Indicators.ratePercent(v.get("POOR_HOUSEHOLDS").longValue(), households)));
        v.put("NEAR_POOR_RATE", BigDecimal.valueOf(Indicators.ratePercent(v.get("NEAR_POOR_HOUSEHOLDS").longValue(), households)));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
