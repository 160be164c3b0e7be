package vn.giamngheo.classification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.giamngheo.classification.api.PovertyEvaluationDto;
import vn.giamngheo.classification.api.PovertyEvaluationRequest;
import vn.giamngheo.classification.api.PovertyStandardDto;
import vn.giamngheo.classification.api.PovertyStandardList;
import vn.giamngheo.classification.domain.Classification;
import vn.giamngheo.classification.domain.Explanations;
import vn.giamngheo.classification.domain.Income;
import vn.giamngheo.classification.domain.Indicator;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.domain.Thresholds;
import vn.giamngheo.classification.mapping.PovertyStandardMapper;
import vn.giamngheo.classification.persistence.PovertyStandardRepository;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;

/** The poverty standards and the stateless evaluation behind the public self-check: nothing is stored. */
@ApplicationScoped
public class PovertyStandardService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PovertyStandardRepository standards;

    PovertyStandardService(PovertyStandardRepository standards) {
        this.standards = standards;
    }

    @Transactional
    public PovertyStandardList list() {
        Map<String, Indicator> catalogue = standards.indicatorCatalogue();
        return new PovertyStandardList(standards.findAll().stream().map(s -> PovertyStandardMapper.toDto(s, catalogue)).toList());
    }

    @Transactional
    public PovertyStandardDto get(String code) {
        Map<String, Indicator> catalogue = standards.indicatorCatalogue();
        return standards.findAll().stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> PovertyStandardMapper.toDto(s, catalogue))
                .orElseThrow(() -> ProblemException.notFound("STANDARD_NOT_FOUND", "No poverty standard " + code));
    }

    @Transactional
    public PovertyEvaluationDto evaluate(PovertyEvaluationRequest in, Locale locale) {
        List<PovertyStandard> all = standards.findAll();
        Map<String, Indicator> catalogue = standards.indicatorCatalogue();
        LocalDate date = in.referenceDate() != null ? in.referenceDate() : LocalDate.now(VIETNAM);
        PovertyStandard standard = choose(all, in.standardCode(), date, false);

        List<FieldError> errors = new ArrayList<>();
        boolean hasIncome = in.monthlyIncomePerCapitaVnd() != null;
        boolean hasScore = in.incomeScore() != null;
        if (hasIncome == hasScore) {
            String detail = hasIncome ? "give either the income or the score, not both" : "give the income or the score";
            errors.add(FieldError.body("/monthlyIncomePerCapitaVnd", "ONE_INCOME_FIELD", detail));
            errors.add(FieldError.body("/incomeScore", "ONE_INCOME_FIELD", detail));
        } else if (hasScore && !standard.scored()) {
            errors.add(FieldError.body("/incomeScore", "SCORE_MODE_UNAVAILABLE", standard.code() + " has no confirmed score lines; give the income"));
        }
        Set<String> deprived = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.deprivations().size(); i++) {
            String code = in.deprivations().get(i);
            String pointer = "/deprivations/" + i;
            if (!catalogue.containsKey(code)) {
                errors.add(FieldError.body(pointer, "UNKNOWN_INDICATOR", "is not an indicator code"));
            } else if (!seen.add(code)) {
                errors.add(FieldError.body(pointer, "DUPLICATE_INDICATOR", "is listed twice"));
            } else if (!standard.indicators().contains(code)) {
                errors.add(FieldError.body(pointer, "INDICATOR_NOT_IN_STANDARD", "is not an indicator of " + standard.code()));
            } else {
                deprived.add(code);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }

        Income income = hasIncome ? new Income.Monthly(in.monthlyIncomePerCapitaVnd()) : new Income.Score(in.incomeScore());
        Classification c = standard.classify(income, deprived, in.areaType());
        Thresholds t = standard.thresholds().get(in.areaType());
        return new PovertyEvaluationDto(standard.code(), name(standard, locale), standard.legalCitation(), date, in.areaType(), c.status(),
                c.deprivationCount(), c.deprivationScore(), t.povertyLineVnd(), t.middleIncomeCeilingVnd(), t.incomeScoreLine(),
                c.incomeAtOrBelowLine(),
                explain(c, locale),
                deprived.stream().map(code -> PovertyStandardMapper.toDto(catalogue.get(code))).toList(),
                List.copyOf(standard.unconfirmed()));
    }

    /** For other features: the named standard, or the one in force on the date; errors point into the request body. */
    public PovertyStandard standardFor(String code, LocalDate date) {
        return choose(standards.findAll(), code, date, false);
    }

    /** The named standard, or the one in force on the date; errors point into the body or at query parameters. */
    static PovertyStandard choose(List<PovertyStandard> all, String code, LocalDate date, boolean fromQuery) {
        if (code != null) {
            return all.stream().filter(s -> s.code().equals(code)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid(List.of(error(fromQuery, "standardCode", "UNKNOWN_STANDARD",
                            "is not a poverty standard"))));
        }
        return all.stream().filter(s -> s.inForceOn(date)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(List.of(error(fromQuery, fromQuery ? "date" : "referenceDate",
                        "NO_STANDARD_IN_FORCE", "no poverty standard is in force on " + date))));
    }

    private static FieldError error(boolean fromQuery, String name, String code, String detail) {
        return fromQuery ? FieldError.param(name, code, detail) : FieldError.body("/" + name, code, detail);
    }

    static String name(PovertyStandard s, Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? s.nameEn() : s.name();
    }

    static List<PovertyEvaluationDto.ExplanationDto> explain(Classification c, Locale locale) {
        return c.reasons().stream().map(r -> new PovertyEvaluationDto.ExplanationDto(r.code().name(), Explanations.render(r, locale))).toList();
    }
}
