package vn.giamngheo.classification.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import vn.giamngheo.classification.domain.IndicatorFinding.Evidence;
import vn.giamngheo.classification.domain.IndicatorFinding.Outcome;

/**
 * Proposes each deprivation indicator from a household's recorded facts on a review date, with the facts that
 * triggered it. Definitions follow DOMAIN.md §2.3 (Decree 07/2021 annex as paraphrased there); a reviewer confirms
 * or overrides every proposal.
 */
public final class IndicatorDerivation {
    static final Set<String> NON_DURABLE = Set.of("SOFTWOOD_PLANKS", "BAMBOO_LEAVES", "MUD", "OTHER");
    static final Set<String> UNSAFE_WATER = Set.of("UNPROTECTED_DUG_WELL", "SURFACE_WATER", "OTHER");
    static final Set<String> HYGIENIC_LATRINES = Set.of("SEPTIC", "SEMI_SEPTIC", "POUR_FLUSH", "VENTILATED_PIT", "DOUBLE_VAULT");
    static final Set<String> SEVERE_DISABILITY = Set.of("SEVERE", "EXTREMELY_SEVERE");
    private static final BigDecimal MIN_AREA_PER_PERSON = BigDecimal.valueOf(8);

    private static final Map<String, BiFunction<HouseholdFacts, LocalDate, IndicatorFinding>> RULES = Map.ofEntries(
            Map.entry("EMPLOYMENT", IndicatorDerivation::employment),
            Map.entry("DEPENDANTS", IndicatorDerivation::dependants),
            Map.entry("HEALTH_INSURANCE", IndicatorDerivation::healthInsurance),
            Map.entry("ADULT_EDUCATION", IndicatorDerivation::adultEducation),
            Map.entry("CHILD_SCHOOL_ATTENDANCE", IndicatorDerivation::childSchoolAttendance),
            Map.entry("HOUSING_QUALITY", IndicatorDerivation::housingQuality),
            Map.entry("HOUSING_AREA", IndicatorDerivation::housingArea),
            Map.entry("DRINKING_WATER", IndicatorDerivation::drinkingWater),
            Map.entry("SANITATION", IndicatorDerivation::sanitation),
            Map.entry("TELECOM_SERVICES", IndicatorDerivation::telecom),
            Map.entry("INFORMATION_ACCESS", IndicatorDerivation::informationAccess));

    private IndicatorDerivation() {
    }

    /** One finding per indicator of the standard, in the standard's order. */
    public static List<IndicatorFinding> derive(PovertyStandard standard, HouseholdFacts facts, LocalDate date) {
        return standard.indicators().stream()
                .map(code -> RULES.containsKey(code) ? RULES.get(code).apply(facts, date)
                        : new IndicatorFinding(code, Outcome.UNKNOWN, "not recorded in the registry; the reviewer assesses it", List.of()))
                .toList();
    }

    /** Completed years, as Period.between gives them, without building a Period: bulk runs ask millions of times. */
    static int age(LocalDate born, LocalDate on) {
        return (int) ChronoUnit.YEARS.between(born, on);
    }

    /**
     * Retirement age in months (Labour Code 2019 Art. 169, Decree 135/2020): from 2021 men 60 years 3 months and
     * women 55 years 4 months, rising by 3 and 4 months a year to 62 and 60.
     */
    static int retirementAgeMonths(String sex, int year) {
        int steps = Math.max(1, year - 2020);
        return "FEMALE".equals(sex) ? Math.min(60 * 12, 55 * 12 + 4 * steps) : Math.min(62 * 12, 60 * 12 + 3 * steps);
    }

    static boolean workingAge(HouseholdFacts.Person p, LocalDate on) {
        long months = ChronoUnit.MONTHS.between(p.dateOfBirth(), on);
        return months >= 15 * 12 && months < retirementAgeMonths(p.sex(), on.getYear());
    }

    /** Deprived when a working-age member is unemployed, or works for wages without a labour contract. */
    static IndicatorFinding employment(HouseholdFacts h, LocalDate on) {
        List<Evidence> ev = new ArrayList<>();
        for (var p : h.members()) {
            if (!workingAge(p, on)) {
                continue;
            }
            if ("UNEMPLOYED".equals(p.employment())) {
                ev.add(new Evidence(p.name(), "employment", p.employment()));
            } else if ("EMPLOYED_WAGE".equals(p.employment()) && "NONE".equals(p.labourContract())) {
                ev.add(new Evidence(p.name(), "labourContract", p.labourContract()));
            }
        }
        return finding("EMPLOYMENT", !ev.isEmpty(), "a working-age member is unemployed or a wage worker without a labour contract", ev);
    }

    /** Deprived when dependants (under 16, 60 or older, or severely disabled) are more than half of the members. */
    static IndicatorFinding dependants(HouseholdFacts h, LocalDate on) {
        List<Evidence> ev = new ArrayList<>();
        for (var p : h.members()) {
            int age = age(p.dateOfBirth(), on);
            if (age < 16 || age >= 60 || (p.disability() != null && SEVERE_DISABILITY.contains(p.disability()))) {
                ev.add(new Evidence(p.name(), "age", String.valueOf(age)));
            }
        }
        boolean deprived = !h.members().isEmpty() && ev.size() * 2 > h.members().size();
        return finding("DEPENDANTS", deprived, "dependants are more than half of the " + h.members().size() + " members",
                deprived ? ev : List.of());
    }

    /** Deprived when a member aged 6 or older has no health-insurance card valid on the date. */
    static IndicatorFinding healthInsurance(HouseholdFacts h, LocalDate on) {
        List<Evidence> ev = new ArrayList<>();
        for (var p : h.members()) {
            if (age(p.dateOfBirth(), on) < 6) {
                continue;
            }
            if (p.healthInsuranceCardNumber() == null) {
                ev.add(new Evidence(p.name(), "healthInsuranceCardNumber", null));
            } else if (p.healthInsuranceExpiry() == null || p.healthInsuranceExpiry().isBefore(on)) {
                ev.add(new Evidence(p.name(), "healthInsuranceExpiry", Objects.toString(p.healthInsuranceExpiry(), null)));
            }
        }
        return finding("HEALTH_INSURANCE", !ev.isEmpty(), "a member aged 6 or older has no valid health-insurance card", ev);
    }

    /**
     * Deprived when a member aged 16–30 is not in education or training and lacks the level for the age:
     * lower secondary at 16–17, upper secondary or a vocational certificate at 18–30.
     */
    static IndicatorFinding adultEducation(HouseholdFacts h, LocalDate on) {
        List<Evidence> ev = new ArrayList<>();
        for (var p : h.members()) {
            int age = age(p.dateOfBirth(), on);
            if (age < 16 || age > 30 || "ATTENDING".equals(p.schoolAttendance())) {
                continue;
            }
            Set<String> enough = age < 18
                    ? Set.of("LOWER_SECONDARY", "UPPER_SECONDARY", "VOCATIONAL_ELEMENTARY", "VOCATIONAL_INTERMEDIATE", "COLLEGE", "UNIVERSITY")
                    : Set.of("UPPER_SECONDARY", "VOCATIONAL_ELEMENTARY", "VOCATIONAL_INTERMEDIATE", "COLLEGE", "UNIVERSITY");
            if (!enough.contains(p.educationLevel())) {
                ev.add(new Evidence(p.name(), "educationLevel", p.educationLevel()));
            }
        }
        return finding("ADULT_EDUCATION", !ev.isEmpty(), "a member aged 16–30 out of school lacks the education level for the age", ev);
    }

    /** Deprived when a child aged 3 to under 16 does not attend school. */
    static IndicatorFinding childSchoolAttendance(HouseholdFacts h, LocalDate on) {
        List<Evidence> ev = new ArrayList<>();
        for (var p : h.members()) {
            int age = age(p.dateOfBirth(), on);
            if (age >= 3 && age < 16 && !"ATTENDING".equals(p.schoolAttendance())) {
                ev.add(new Evidence(p.name(), "schoolAttendance", p.schoolAttendance()));
            }
        }
        return finding("CHILD_SCHOOL_ATTENDANCE", !ev.isEmpty(), "a child aged 3 to under 16 does not attend school", ev);
    }

    /** Deprived when at least two of walls, columns and roof are of non-durable materials. */
    static IndicatorFinding housingQuality(HouseholdFacts h, LocalDate on) {
        String rule = "at least two of walls, columns and roof are non-durable";
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("wallMaterial", h.wallMaterial());
        parts.put("columnMaterial", h.columnMaterial());
        parts.put("roofMaterial", h.roofMaterial());
        List<Evidence> weak = new ArrayList<>();
        int unknown = 0;
        for (var e : parts.entrySet()) {
            if (e.getValue() == null) {
                unknown++;
            } else if (NON_DURABLE.contains(e.getValue())) {
                weak.add(new Evidence("household", e.getKey(), e.getValue()));
            }
        }
        if (weak.size() >= 2) {
            return finding("HOUSING_QUALITY", true, rule, weak);
        }
        if (weak.size() + unknown >= 2) {
            return new IndicatorFinding("HOUSING_QUALITY", Outcome.UNKNOWN, rule + " (materials not all recorded)", weak);
        }
        return finding("HOUSING_QUALITY", false, rule, weak);
    }

    /** Deprived when the floor area per member is below 8 m². */
    static IndicatorFinding housingArea(HouseholdFacts h, LocalDate on) {
        String rule = "floor area per person below 8 m²";
        if (h.floorAreaM2() == null || h.members().isEmpty()) {
            return new IndicatorFinding("HOUSING_AREA", Outcome.UNKNOWN, rule + " (floor area not recorded)", List.of());
        }
        BigDecimal perPerson = h.floorAreaM2().divide(BigDecimal.valueOf(h.members().size()), 2, RoundingMode.HALF_UP);
        return finding("HOUSING_AREA", perPerson.compareTo(MIN_AREA_PER_PERSON) < 0, rule,
                List.of(new Evidence("household", "floorAreaPerPersonM2", perPerson.toPlainString())));
    }

    /** Deprived without a safe water source (piped, drilled or protected well, protected spring, rainwater, bottled). */
    static IndicatorFinding drinkingWater(HouseholdFacts h, LocalDate on) {
        // Set.of(…).contains(null) throws, hence the explicit null check (an unrecorded source is UNKNOWN below)
        return fromHouseholdFact("DRINKING_WATER", "waterSource", h.waterSource(),
                h.waterSource() != null && UNSAFE_WATER.contains(h.waterSource()),
                "no safe source of domestic water");
    }

    /** Deprived without a hygienic latrine (septic, semi-septic, pour-flush, ventilated pit, double vault). */
    static IndicatorFinding sanitation(HouseholdFacts h, LocalDate on) {
        return fromHouseholdFact("SANITATION", "latrineType", h.latrineType(),
                h.latrineType() != null && !HYGIENIC_LATRINES.contains(h.latrineType()), "no hygienic latrine");
    }

    /** Deprived when no member uses telephone or internet services. */
    static IndicatorFinding telecom(HouseholdFacts h, LocalDate on) {
        return fromHouseholdFact("TELECOM_SERVICES", "usesTelecom", h.usesTelecom() == null ? null : h.usesTelecom().toString(),
                Boolean.FALSE.equals(h.usesTelecom()), "no member uses telephone or internet services");
    }

    /** Deprived with no information device and no public loudspeaker within hearing. */
    static IndicatorFinding informationAccess(HouseholdFacts h, LocalDate on) {
        String rule = "no information device and no loudspeaker within hearing";
        if (h.hearsLoudspeaker() == null && (h.devices() == null || h.devices().isEmpty())) {
            return new IndicatorFinding("INFORMATION_ACCESS", Outcome.UNKNOWN, rule + " (loudspeaker not recorded)", List.of());
        }
        boolean deprived = (h.devices() == null || h.devices().isEmpty()) && Boolean.FALSE.equals(h.hearsLoudspeaker());
        return finding("INFORMATION_ACCESS", deprived, rule, List.of(
                new Evidence("household", "devices", h.devices() == null ? "" : String.join(",", new java.util.TreeSet<>(h.devices()))),
                new Evidence("household", "hearsLoudspeaker", Objects.toString(h.hearsLoudspeaker(), null))));
    }

    private static IndicatorFinding fromHouseholdFact(String code, String fact, String value, boolean deprived, String rule) {
        if (value == null) {
            return new IndicatorFinding(code, Outcome.UNKNOWN, rule + " (not recorded)", List.of());
        }
        return finding(code, deprived, rule, List.of(new Evidence("household", fact, value)));
    }

    private static IndicatorFinding finding(String code, boolean deprived, String rule, List<Evidence> evidence) {
        return new IndicatorFinding(code, deprived ? Outcome.DEPRIVED : Outcome.NOT_DEPRIVED, rule, evidence);
    }
}
