package vn.giamngheo.classification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.area.domain.AreaType;

/** A poverty standard as data: its lines per area type, its indicators and how they combine. */
public record PovertyStandard(String code, String name, String nameEn, String legalCitation, LocalDate validFrom, LocalDate validTo,
                              ClassificationRule rule, int deprivationCutoff, Integer scorePointsPerIndicator,
                              Map<AreaType, Thresholds> thresholds, List<String> indicators, Set<String> unconfirmed) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean scored() {
        return scorePointsPerIndicator != null && thresholds.values().stream().allMatch(t -> t.incomeScoreLine() != null);
    }

    /**
     * Classifies a household. The caller has checked that every deprivation is an indicator of this standard
     * and that a score is only given to a scored standard.
     */
    public Classification classify(Income income, Set<String> deprivations, AreaType area) {
        Thresholds t = thresholds.get(area);
        int count = deprivations.size();
        Integer score = scorePointsPerIndicator == null ? null : count * scorePointsPerIndicator;
        List<Reason> reasons = new ArrayList<>();
        if (income instanceof Income.Score s) {
            return byScore(s.points(), t, count, score, reasons);
        }
        long monthly = ((Income.Monthly) income).vndPerPerson();
        return rule == ClassificationRule.INCOME_AND_DEPRIVATION
                ? incomeAndDeprivation(monthly, t, count, score, reasons)
                : incomeOrDeprivation(monthly, t, count, score, reasons);
    }

    /** Decree 07/2021 Art. 3: poor = income at or below the line AND at least 3 deprivations; near-poor with fewer. */
    private Classification incomeAndDeprivation(long income, Thresholds t, int count, Integer score, List<Reason> reasons) {
        if (income <= t.povertyLineVnd()) {
            reasons.add(new Reason(Reason.Code.INCOME_AT_OR_BELOW_LINE, Map.of("income", income, "line", t.povertyLineVnd())));
            return new Classification(byDeprivations(count, score, reasons), count, score, true, reasons);
        }
        reasons.add(new Reason(Reason.Code.INCOME_ABOVE_LINE, Map.of("income", income, "line", t.povertyLineVnd())));
        return new Classification(middleOrNone(income, t, reasons), count, score, false, reasons);
    }

    /** Decision 59/2015: income at or below the line alone is poor; in the band above, deprivations decide. */
    private Classification incomeOrDeprivation(long income, Thresholds t, int count, Integer score, List<Reason> reasons) {
        if (income <= t.povertyLineVnd()) {
            reasons.add(new Reason(Reason.Code.INCOME_AT_OR_BELOW_LINE, Map.of("income", income, "line", t.povertyLineVnd())));
            return new Classification(PovertyStatus.POOR, count, score, true, reasons);
        }
        if (t.nearPoorCeilingVnd() != null && income <= t.nearPoorCeilingVnd()) {
            reasons.add(new Reason(Reason.Code.INCOME_IN_NEAR_POOR_BAND,
                    Map.of("income", income, "line", t.povertyLineVnd(), "ceiling", t.nearPoorCeilingVnd())));
            return new Classification(byDeprivations(count, score, reasons), count, score, false, reasons);
        }
        reasons.add(new Reason(Reason.Code.INCOME_ABOVE_LINE,
                Map.of("income", income, "line", t.nearPoorCeilingVnd() != null ? t.nearPoorCeilingVnd() : t.povertyLineVnd())));
        return new Classification(middleOrNone(income, t, reasons), count, score, false, reasons);
    }

    /** Circular 07/2021: score A at or below 140 (rural) / 175 (urban) stands for income at or below the line; B = 10 per indicator. */
    private Classification byScore(int points, Thresholds t, int count, Integer score, List<Reason> reasons) {
        if (points <= t.incomeScoreLine()) {
            reasons.add(new Reason(Reason.Code.SCORE_AT_OR_BELOW_LINE, Map.of("score", points, "line", t.incomeScoreLine())));
            return new Classification(byDeprivations(count, score, reasons), count, score, true, reasons);
        }
        reasons.add(new Reason(Reason.Code.SCORE_ABOVE_LINE, Map.of("score", points, "line", t.incomeScoreLine())));
        reasons.add(new Reason(Reason.Code.MIDDLE_INCOME_NEEDS_INCOME, Map.of()));
        return new Classification(PovertyStatus.NOT_POOR, count, score, false, reasons);
    }

    private PovertyStatus byDeprivations(int count, Integer score, List<Reason> reasons) {
        Map<String, Object> figures = score == null ? Map.of("count", count, "cutoff", deprivationCutoff)
                : Map.of("count", count, "cutoff", deprivationCutoff, "score", score, "scoreCutoff", deprivationCutoff * scorePointsPerIndicator);
        if (count >= deprivationCutoff) {
            reasons.add(new Reason(Reason.Code.DEPRIVATIONS_AT_OR_ABOVE_CUTOFF, figures));
            return PovertyStatus.POOR;
        }
        reasons.add(new Reason(Reason.Code.DEPRIVATIONS_BELOW_CUTOFF, figures));
        return PovertyStatus.NEAR_POOR;
    }

    private PovertyStatus middleOrNone(long income, Thresholds t, List<Reason> reasons) {
        if (t.middleIncomeCeilingVnd() == null) {
            reasons.add(new Reason(Reason.Code.MIDDLE_INCOME_BAND_UNCONFIRMED, Map.of()));
            return PovertyStatus.NOT_POOR;
        }
        if (income <= t.middleIncomeCeilingVnd()) {
            reasons.add(new Reason(Reason.Code.WITHIN_MIDDLE_INCOME_BAND, Map.of("income", income, "ceiling", t.middleIncomeCeilingVnd())));
            return PovertyStatus.MIDDLE_INCOME;
        }
        reasons.add(new Reason(Reason.Code.ABOVE_MIDDLE_INCOME_BAND, Map.of("income", income, "ceiling", t.middleIncomeCeilingVnd())));
        return PovertyStatus.NOT_POOR;
    }
}
