package vn.giamngheo.classification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.classification.api.HouseholdClassificationDto;
import vn.giamngheo.classification.api.HouseholdClassificationDto.EvidenceDto;
import vn.giamngheo.classification.api.HouseholdClassificationDto.IndicatorFindingDto;
import vn.giamngheo.classification.domain.Classification;
import vn.giamngheo.classification.domain.ClassificationBasis;
import vn.giamngheo.classification.domain.HouseholdFacts;
import vn.giamngheo.classification.domain.Income;
import vn.giamngheo.classification.domain.Indicator;
import vn.giamngheo.classification.domain.IndicatorDerivation;
import vn.giamngheo.classification.domain.IndicatorFinding;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.domain.Thresholds;
import vn.giamngheo.classification.persistence.PovertyStandardRepository;
import vn.giamngheo.household.api.HouseholdDto;
import vn.giamngheo.household.api.MemberDto;
import vn.giamngheo.household.service.HouseholdService;

/** The classification card of a registered household: indicators proposed from its facts, income against the line. */
@ApplicationScoped
public class HouseholdClassificationService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HouseholdService households;
    private final AreaService areas;
    private final PovertyStandardRepository standards;

    HouseholdClassificationService(HouseholdService households, AreaService areas, PovertyStandardRepository standards) {
        this.households = households;
        this.areas = areas;
        this.standards = standards;
    }

    /** Reads the household through the registry, so area scope and the read audit apply as for any read. */
    @Transactional
    public HouseholdClassificationDto classify(UUID householdId, LocalDate date, String standardCode, Locale locale) {
        HouseholdDto h = households.get(householdId);
        LocalDate on = date != null ? date : LocalDate.now(VIETNAM);
        PovertyStandard standard = PovertyStandardService.choose(standards.findAll(), standardCode, on, true);
        Map<String, Indicator> catalogue = standards.indicatorCatalogue();
        AreaType area = areas.find(h.communeCode()).map(AreaDto::areaType).orElse(AreaType.RURAL);

        List<IndicatorFinding> findings = IndicatorDerivation.derive(standard, facts(h, on), on);
        Set<String> deprived = findings.stream().filter(f -> f.outcome() == IndicatorFinding.Outcome.DEPRIVED)
                .map(IndicatorFinding::indicator).collect(Collectors.toCollection(LinkedHashSet::new));
        boolean unknown = findings.stream().anyMatch(f -> f.outcome() == IndicatorFinding.Outcome.UNKNOWN);
        Thresholds t = standard.thresholds().get(area);
        Classification c = h.monthlyIncomePerCapitaVnd() == null ? null
                : standard.classify(new Income.Monthly(h.monthlyIncomePerCapitaVnd()), deprived, area);
        Integer score = standard.scorePointsPerIndicator() == null ? null : deprived.size() * standard.scorePointsPerIndicator();

        return new HouseholdClassificationDto(h.id(), h.code(), h.headName(), h.communeCode(), area, on, standard.code(),
                PovertyStandardService.name(standard, locale), standard.legalCitation(), h.monthlyIncomePerCapitaVnd(), t.povertyLineVnd(),
                t.middleIncomeCeilingVnd(), c == null ? null : c.status(), deprived.size(), score,
                findings.stream().map(f -> toDto(f, catalogue.get(f.indicator()))).toList(),
                c == null ? List.of() : PovertyStandardService.explain(c, locale),
                unknown || c == null, List.copyOf(standard.unconfirmed()));
    }

    /** The proposals a review assessment starts from, for the named standard (the one in force on the date when null). */
    @Transactional
    public ClassificationBasis basis(UUID householdId, LocalDate on, String standardCode) {
        HouseholdDto h = households.get(householdId);
        PovertyStandard standard = PovertyStandardService.choose(standards.findAll(), standardCode, on, false);
        AreaType area = areas.find(h.communeCode()).map(AreaDto::areaType).orElse(AreaType.RURAL);
        return new ClassificationBasis(standard, area, IndicatorDerivation.derive(standard, facts(h, on), on));
    }

    /** Members on the date (born by then), with the household's housing facts. */
    private static HouseholdFacts facts(HouseholdDto h, LocalDate on) {
        List<HouseholdFacts.Person> people = h.members().stream()
                .filter(m -> !m.dateOfBirth().isAfter(on))
                .map(HouseholdClassificationService::person).toList();
        var housing = h.housing();
        return new HouseholdFacts(people, housing.floorAreaM2(), name(housing.wallMaterial()), name(housing.columnMaterial()),
                name(housing.roofMaterial()), name(housing.waterSource()), name(housing.latrineType()), housing.usesTelecom(),
                housing.devices() == null ? Set.of() : housing.devices().stream().map(Enum::name).collect(Collectors.toSet()),
                housing.hearsLoudspeaker());
    }

    private static HouseholdFacts.Person person(MemberDto m) {
        return new HouseholdFacts.Person(m.fullName(), m.dateOfBirth(), m.sex().name(), m.employment().name(),
                m.labourContract().name(), m.disability().name(), m.schoolAttendance().name(), m.educationLevel().name(),
                m.healthInsuranceCardNumber(), m.healthInsuranceExpiry());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static IndicatorFindingDto toDto(IndicatorFinding f, Indicator i) {
        return new IndicatorFindingDto(f.indicator(), i.dimension(), i.nameVi(), i.nameEn(), f.outcome(), f.rule(),
                f.evidence().stream().map(e -> new EvidenceDto(e.subject(), e.fact(), e.value())).toList());
    }
}
