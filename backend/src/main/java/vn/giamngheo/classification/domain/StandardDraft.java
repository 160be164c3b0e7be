package vn.giamngheo.classification.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.area.domain.AreaType;

/**
 * Numbers a what-if run tries instead of a standard's own: the poverty line or the near-poor ceiling per area type,
 * and the deprivation cutoff. Everything else (rule, indicators, middle-income band) stays the standard's, and the
 * standard itself is never changed.
 */
public record StandardDraft(List<Line> thresholds, Integer deprivationCutoff) {

    /** New lines for one area type; a null keeps the standard's value. */
    public record Line(AreaType areaType, Long povertyLineVnd, Long nearPoorCeilingVnd) {
    }

    /** What is wrong with a draft; the pointer is relative to the draft ("/thresholds/0/povertyLineVnd"). */
    public record Violation(String pointer, String code, String detail) {
    }

    public StandardDraft {
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }

    /** Checks the draft against the standard it changes; empty when it can be applied. */
    public List<Violation> check(PovertyStandard standard) {
        List<Violation> out = new ArrayList<>();
        if (thresholds.isEmpty() && deprivationCutoff == null) {
            out.add(new Violation("", "EMPTY_DRAFT", "give new lines or a deprivation cutoff, or leave the draft out"));
        }
        Set<AreaType> seen = EnumSet.noneOf(AreaType.class);
        for (int i = 0; i < thresholds.size(); i++) {
            Line line = thresholds.get(i);
            String at = "/thresholds/" + i;
            if (!seen.add(line.areaType())) {
                out.add(new Violation(at + "/areaType", "DUPLICATE_AREA_TYPE", "is given twice"));
                continue;
            }
            Thresholds current = standard.thresholds().get(line.areaType());
            if (current == null) {
                out.add(new Violation(at + "/areaType", "AREA_TYPE_NOT_IN_STANDARD", "has no lines in " + standard.code()));
                continue;
            }
            if (line.povertyLineVnd() == null && line.nearPoorCeilingVnd() == null) {
                out.add(new Violation(at, "NOTHING_TO_CHANGE", "give povertyLineVnd or nearPoorCeilingVnd"));
                continue;
            }
            boolean band = standard.rule() == ClassificationRule.INCOME_OR_DEPRIVATION;
            if (line.nearPoorCeilingVnd() != null && !band) {
                out.add(new Violation(at + "/nearPoorCeilingVnd", "NO_NEAR_POOR_BAND",
                        standard.code() + " has no band above the line where deprivations decide"));
                continue;
            }
            Thresholds t = apply(current, line);
            String changed = at + (line.povertyLineVnd() != null ? "/povertyLineVnd" : "/nearPoorCeilingVnd");
            if (band && t.nearPoorCeilingVnd() != null && t.nearPoorCeilingVnd() <= t.povertyLineVnd()) {
                out.add(new Violation(changed, "CEILING_NOT_ABOVE_LINE", "the near-poor ceiling (" + t.nearPoorCeilingVnd()
                        + ") must be above the poverty line (" + t.povertyLineVnd() + ")"));
                continue;
            }
            long top = band && t.nearPoorCeilingVnd() != null ? t.nearPoorCeilingVnd() : t.povertyLineVnd();
            if (t.middleIncomeCeilingVnd() != null && top >= t.middleIncomeCeilingVnd()) {
                out.add(new Violation(changed, "ABOVE_MIDDLE_INCOME_CEILING", "must be below the middle-income ceiling of "
                        + standard.code() + " (" + t.middleIncomeCeilingVnd() + ")"));
            }
        }
        if (deprivationCutoff != null && (deprivationCutoff < 1 || deprivationCutoff > standard.indicators().size())) {
            out.add(new Violation("/deprivationCutoff", "CUTOFF_OUT_OF_RANGE",
                    "must be between 1 and the " + standard.indicators().size() + " indicators of " + standard.code()));
        }
        return out;
    }

    /** The standard with this draft's numbers; call {@link #check} first. */
    public PovertyStandard applyTo(PovertyStandard s) {
        Map<AreaType, Thresholds> lines = new EnumMap<>(AreaType.class);
        lines.putAll(s.thresholds());
        for (Line line : thresholds) {
            lines.put(line.areaType(), apply(s.thresholds().get(line.areaType()), line));
        }
        return new PovertyStandard(s.code(), s.name(), s.nameEn(), s.legalCitation(), s.validFrom(), s.validTo(), s.rule(),
                deprivationCutoff != null ? deprivationCutoff : s.deprivationCutoff(), s.scorePointsPerIndicator(),
                Map.copyOf(lines), s.indicators(), s.unconfirmed());
    }

    private static Thresholds apply(Thresholds t, Line line) {
        return new Thresholds(line.povertyLineVnd() != null ? line.povertyLineVnd() : t.povertyLineVnd(),
                line.nearPoorCeilingVnd() != null ? line.nearPoorCeilingVnd() : t.nearPoorCeilingVnd(),
                t.middleIncomeCeilingVnd(), t.incomeScoreLine());
    }
}
