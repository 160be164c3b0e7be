package vn.giamngheo.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a unit reports: indicator values by code (null: not reported), the narrative sections of the report
 * (results, difficulties, proposals), and budget lines per project and funding source.
 */
public record SubmissionContent(Map<String, BigDecimal> indicators, String results, String difficulties, String proposals,
                                List<BudgetLine> budget) {

    public SubmissionContent {
        indicators = indicators == null ? Map.of() : new TreeMap<>(indicators);
        budget = budget == null ? List.of() : List.copyOf(budget);
    }

    /** A draft: the registry's values pre-filled for every registry indicator the unit reports. */
    public static SubmissionContent prefilled(Map<String, BigDecimal> registry) {
        return new SubmissionContent(registry, null, null, null, List.of());
    }

    /** One changed field between two versions. {@code field}: indicators.CODE, narratives.results, budget.P2/NTP_POVERTY.allocatedVnd */
    public record Change(String field, Object before, Object after) {
    }

    /** The fields that differ from {@code earlier} to this content, in a stable order. */
    public List<Change> changesSince(SubmissionContent earlier) {
        List<Change> out = new ArrayList<>();
        TreeSet<String> codes = new TreeSet<>(indicators.keySet());
        codes.addAll(earlier.indicators.keySet());
        for (String code : codes) {
            BigDecimal before = earlier.indicators.get(code);
            BigDecimal after = indicators.get(code);
            if (!sameNumber(before, after)) {
                out.add(new Change("indicators." + code, before, after));
            }
        }
        text(out, "narratives.results", earlier.results, results);
        text(out, "narratives.difficulties", earlier.difficulties, difficulties);
        text(out, "narratives.proposals", earlier.proposals, proposals);
        Map<String, BudgetLine> before = byKey(earlier.budget);
        Map<String, BudgetLine> after = byKey(budget);
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            BudgetLine b = before.get(key);
            BudgetLine a = after.get(key);
            Long ba = b == null ? null : b.allocatedVnd();
            Long aa = a == null ? null : a.allocatedVnd();
            Long bd = b == null ? null : b.disbursedVnd();
            Long ad = a == null ? null : a.disbursedVnd();
            if (!Objects.equals(ba, aa)) {
                out.add(new Change("budget." + key + ".allocatedVnd", ba, aa));
            }
            if (!Objects.equals(bd, ad)) {
                out.add(new Change("budget." + key + ".disbursedVnd", bd, ad));
            }
        }
        return out;
    }

    /** Codes whose typed value differs from the registry's (see {@link Indicators#differs}). */
    public List<String> differingFrom(Map<String, BigDecimal> registry) {
        List<String> out = new ArrayList<>();
        indicators.forEach((code, typed) -> {
            if (Indicators.differs(typed, registry.get(code))) {
                out.add(code);
            }
        });
        return out;
    }

    private static Map<String, BudgetLine> byKey(List<BudgetLine> lines) {
        Map<String, BudgetLine> m = new LinkedHashMap<>();
        for (BudgetLine l : lines) {
            m.put(l.key(), l);
        }
        return m;
    }

    private static void text(List<Change> out, String field, String before, String after) {
        String b = blankToNull(before);
        String a = blankToNull(after);
        if (!Objects.equals(b, a)) {
            out.add(new Change(field, b, a));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
