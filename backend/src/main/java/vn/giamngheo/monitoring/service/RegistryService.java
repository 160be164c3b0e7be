package vn.giamngheo.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.monitoring.domain.RegistryFigures;
import vn.giamngheo.monitoring.persistence.RegistryRepository;

/**
 * The registry's figures for a report: the frozen statuses of the latest consolidated annual review of the report's
 * year or before (households, poor, near-poor, transitions), the deprivation profile of the latest assessments, and
 * benefit delivery from today's entitlements. Joins the caller's transaction.
 */
@ApplicationScoped
public class RegistryService {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RegistryRepository registry;

    RegistryService(RegistryRepository registry) {
        this.registry = registry;
    }

    /** Figures per commune code, and the sentence that says where they come from. */
    public record Figures(Map<String, RegistryFigures> byCommune, String basis) {
        public RegistryFigures total() {
            return byCommune.values().stream().reduce(RegistryFigures.NONE, RegistryFigures::plus);
        }

        public RegistryFigures of(String communeCode) {
            return byCommune.getOrDefault(communeCode, RegistryFigures.NONE);
        }
    }

    public Figures figures(int year, AreaFilter area) {
        Optional<RegistryRepository.Cycle> cycle = registry.basisCycle(year);
        Map<String, Long> households = new HashMap<>(registry.householdsNow(area));
        Map<String, long[]> status = new HashMap<>();
        Map<String, Map<String, Long>> transitions = new HashMap<>();
        if (cycle.isPresent()) {
            List<java.util.UUID> ids = List.of(cycle.get().id());
            for (RegistryRepository.CommuneBase b : registry.reviewBases(ids, area)) {
                households.put(b.communeCode(), b.households());
            }
            for (RegistryRepository.StatusCount c : registry.frozenCounts(ids, area)) {
                long[] s = status.computeIfAbsent(c.communeCode(), k -> new long[2]);
                if ("POOR".equals(c.end())) {
                    s[0] += c.count();
                } else if ("NEAR_POOR".equals(c.end())) {
                    s[1] += c.count();
                }
            }
            for (RegistryRepository.TransitionCount t : registry.transitions(cycle.get().id(), area)) {
                transitions.computeIfAbsent(t.communeCode(), k -> new HashMap<>()).put(t.transition(), t.count());
            }
        }
        Map.Entry<Integer, List<RegistryRepository.DeprivationCount>> deprivation = registry.deprivation(year, area);
        Map<String, Map<String, Long>> deprived = new HashMap<>();
        for (RegistryRepository.DeprivationCount d : deprivation.getValue()) {
            deprived.computeIfAbsent(d.communeCode(), k -> new TreeMap<>()).put(d.indicatorCode(), d.count());
        }
        Map<String, RegistryRepository.Delivery> delivery = new HashMap<>();
        for (RegistryRepository.Delivery d : registry.delivery(area)) {
            delivery.put(d.communeCode(), d);
        }
        Set<String> communes = new TreeSet<>(households.keySet());
        communes.addAll(status.keySet());
        communes.addAll(delivery.keySet());
        Map<String, RegistryFigures> out = new LinkedHashMap<>();
        for (String commune : communes) {
            long[] s = status.getOrDefault(commune, new long[2]);
            Map<String, Long> t = transitions.getOrDefault(commune, Map.of());
            RegistryRepository.Delivery d = delivery.getOrDefault(commune, new RegistryRepository.Delivery(commune, 0, 0, 0, 0, 0, 0, 0, 0));
            out.put(commune, new RegistryFigures(households.getOrDefault(commune, 0L), s[0], s[1],
                    t.getOrDefault("ESCAPED_POVERTY", 0L) + t.getOrDefault("POOR_TO_NEAR_POOR", 0L), t.getOrDefault("ESCAPED_NEAR_POVERTY", 0L),
                    t.getOrDefault("NEWLY_POOR", 0L), t.getOrDefault("NEWLY_NEAR_POOR", 0L), t.getOrDefault("RE_POOR", 0L),
                    deprived.getOrDefault(commune, Map.of()), d.hiEntitled(), d.hiCardsIssued(), d.loanRequests(), d.loanBorrowers(),
                    d.loanDisbursedVnd(), d.trainingRequests(), d.trainees(), d.employedAfterTraining()));
        }
        String basis = "Sổ hộ: " + cycle.map(c -> "tình trạng đã chốt của kỳ rà soát năm " + c.year()).orElse("chưa có kỳ rà soát nào được tổng hợp")
                + (deprivation.getKey() > 0 ? "; thiếu hụt theo phiếu rà soát năm " + deprivation.getKey() : "")
                + "; chính sách đang hưởng đến ngày " + DAY.format(LocalDate.now(VIETNAM));
        return new Figures(out, basis);
    }

    /** The values of the given indicator codes for one commune, or the district when communeCode is null. */
    public static Map<String, BigDecimal> values(Figures f, String communeCode, Collection<String> codes) {
        RegistryFigures figures = communeCode == null ? f.total() : f.of(communeCode);
        Map<String, BigDecimal> all = figures.values();
        Map<String, BigDecimal> out = new TreeMap<>();
        for (String code : codes) {
            if (code.startsWith("DEPRIVED_")) {
                out.put(code, all.getOrDefault(code, BigDecimal.ZERO));
            } else if (all.containsKey(code)) {
                out.put(code, all.get(code));
            }
        }
        return out;
    }
}
