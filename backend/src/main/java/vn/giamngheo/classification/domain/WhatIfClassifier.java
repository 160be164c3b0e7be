package vn.giamngheo.classification.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.giamngheo.area.domain.AreaType;

/**
 * Classifies registered households in bulk under one standard on one reference date, the way the classification
 * card does for one household: indicators proposed from the recorded facts (only those found DEPRIVED count; unknown
 * ones are left to the reviewer), and the recorded income against the line. No income recorded: not classifiable,
 * never guessed.
 */
public final class WhatIfClassifier {
    private final PovertyStandard standard;
    private final LocalDate on;

    /** @param standard the standard as the run uses it (a draft already applied) */
    public WhatIfClassifier(PovertyStandard standard, LocalDate on) {
        this.standard = standard;
        this.on = on;
    }

    /** The status under the standard, or null when the household cannot be classified; and the deprivations counted. */
    public record Outcome(PovertyStatus status, int deprivationCount) {
        public static final Outcome UNCLASSIFIABLE = new Outcome(null, 0);

        public boolean classified() {
            return status != null;
        }
    }

    public Outcome classify(HouseholdFacts facts, Long monthlyIncomePerCapitaVnd, AreaType area) {
        if (monthlyIncomePerCapitaVnd == null) {
            return Outcome.UNCLASSIFIABLE;
        }
        List<HouseholdFacts.Person> born = facts.members().stream().filter(p -> !p.dateOfBirth().isAfter(on)).toList();
        HouseholdFacts onTheDate = born.size() == facts.members().size() ? facts
                : new HouseholdFacts(born, facts.floorAreaM2(), facts.wallMaterial(), facts.columnMaterial(), facts.roofMaterial(),
                        facts.waterSource(), facts.latrineType(), facts.usesTelecom(), facts.devices(), facts.hearsLoudspeaker());
        Set<String> deprived = new HashSet<>();
        for (IndicatorFinding f : IndicatorDerivation.derive(standard, onTheDate, on)) {
            if (f.outcome() == IndicatorFinding.Outcome.DEPRIVED) {
                deprived.add(f.indicator());
            }
        }
        Classification c = standard.classify(new Income.Monthly(monthlyIncomePerCapitaVnd), deprived, area);
        return new Outcome(c.status(), deprived.size());
    }
}
