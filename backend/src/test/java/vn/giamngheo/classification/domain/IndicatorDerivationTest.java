package vn.giamngheo.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.classification.domain.HouseholdFacts.Person;
import vn.giamngheo.classification.domain.IndicatorFinding.Outcome;

/** Each indicator rule of DOMAIN.md §2.3, as a table of facts and the outcome they must give. */
class IndicatorDerivationTest {
    static final LocalDate ON = LocalDate.of(2022, 10, 1);

    static Person adult(String name, int age) {
        return new Person(name, ON.minusYears(age).minusDays(10), "MALE", "SELF_EMPLOYED", "NOT_APPLICABLE", "NONE",
                "NOT_APPLICABLE", "UPPER_SECONDARY", "GD4870000000001", ON.plusMonths(3));
    }

    static Person with(Person p, String field, String value) {
        return new Person(p.name(), p.dateOfBirth(), field.equals("sex") ? value : p.sex(),
                field.equals("employment") ? value : p.employment(), field.equals("labourContract") ? value : p.labourContract(),
                field.equals("disability") ? value : p.disability(), field.equals("schoolAttendance") ? value : p.schoolAttendance(),
                field.equals("educationLevel") ? value : p.educationLevel(),
                field.equals("card") ? value : p.healthInsuranceCardNumber(),
                field.equals("expiry") ? (value == null ? null : LocalDate.parse(value)) : p.healthInsuranceExpiry());
    }

    static HouseholdFacts household(List<Person> members) {
        return new HouseholdFacts(members, BigDecimal.valueOf(60), "BRICK_STONE", "REINFORCED_CONCRETE", "METAL_SHEET",
                "PIPED", "SEPTIC", true, Set.of("TV"), true);
    }

    static HouseholdFacts housing(BigDecimal area, String wall, String column, String roof, String water, String latrine,
                                  Boolean telecom, Set<String> devices, Boolean loudspeaker) {
        return new HouseholdFacts(List.of(adult("A", 40), adult("B", 38)), area, wall, column, roof, water, latrine, telecom, devices, loudspeaker);
    }

    @ParameterizedTest(name = "age {0}, {1}={2} -> {3}")
    @CsvSource({
            "40, employment, UNEMPLOYED, DEPRIVED",
            "40, employment, SELF_EMPLOYED, NOT_DEPRIVED",
            "14, employment, UNEMPLOYED, NOT_DEPRIVED",
            "63, employment, UNEMPLOYED, NOT_DEPRIVED"})
    void employmentLooksAtWorkingAgeMembers(int age, String field, String value, Outcome expected) {
        var h = household(List.of(with(adult("A", age), field, value)));
        assertThat(IndicatorDerivation.employment(h, ON).outcome()).isEqualTo(expected);
    }

    @Test
    void aWageWorkerWithoutContractIsDeprivedOnEmployment() {
        var worker = with(with(adult("Công nhân", 30), "employment", "EMPLOYED_WAGE"), "labourContract", "NONE");
        var f = IndicatorDerivation.employment(household(List.of(worker)), ON);
        assertThat(f.outcome()).isEqualTo(Outcome.DEPRIVED);
        assertThat(f.evidence()).extracting(IndicatorFinding.Evidence::subject).containsExactly("Công nhân");
    }

    @Test
    void retirementAgeRisesFromTheLabourCode2019() {
        assertThat(IndicatorDerivation.retirementAgeMonths("MALE", 2021)).isEqualTo(60 * 12 + 3);
        assertThat(IndicatorDerivation.retirementAgeMonths("FEMALE", 2022)).isEqualTo(55 * 12 + 8);
        assertThat(IndicatorDerivation.retirementAgeMonths("MALE", 2040)).isEqualTo(62 * 12);
        assertThat(IndicatorDerivation.retirementAgeMonths("FEMALE", 2040)).isEqualTo(60 * 12);
    }

    @Test
    void dependantsCountWhenMoreThanHalf() {
        var twoKidsTwoAdults = household(List.of(adult("A", 40), adult("B", 38), adult("C", 10), adult("D", 5)));
        var threeOfFour = household(List.of(adult("A", 40), adult("B", 70), adult("C", 10), adult("D", 5)));
        var severe = household(List.of(adult("A", 40), with(adult("B", 38), "disability", "SEVERE"), adult("C", 10)));
        assertThat(IndicatorDerivation.dependants(twoKidsTwoAdults, ON).outcome()).isEqualTo(Outcome.NOT_DEPRIVED);
        assertThat(IndicatorDerivation.dependants(threeOfFour, ON).outcome()).isEqualTo(Outcome.DEPRIVED);
        assertThat(IndicatorDerivation.dependants(severe, ON).outcome()).isEqualTo(Outcome.DEPRIVED);
    }

    @ParameterizedTest(name = "age {0}, card {1}, expiry {2} -> {3}")
    @CsvSource({
            "30, GD4870000000001, 2022-12-31, NOT_DEPRIVED",
            "30, GD4870000000001, 2022-09-30, DEPRIVED",
            "30, ,                ,           DEPRIVED",
            "5,  ,                ,           NOT_DEPRIVED",
            "6,  ,                ,           DEPRIVED"})
    void healthInsuranceNeedsAValidCardFromAgeSix(int age, String card, String expiry, Outcome expected) {
        var p = with(with(adult("A", age), "card", card), "expiry", expiry);
        assertThat(IndicatorDerivation.healthInsurance(household(List.of(p)), ON).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "age {0}, {1}, {2} -> {3}")
    @CsvSource({
            "17, NOT_ATTENDING, PRIMARY,               DEPRIVED",
            "17, NOT_ATTENDING, LOWER_SECONDARY,       NOT_DEPRIVED",
            "17, ATTENDING,     PRIMARY,               NOT_DEPRIVED",
            "25, NOT_ATTENDING, LOWER_SECONDARY,       DEPRIVED",
            "25, NOT_ATTENDING, VOCATIONAL_ELEMENTARY, NOT_DEPRIVED",
            "31, NOT_ATTENDING, NONE,                  NOT_DEPRIVED"})
    void adultEducationByAge(int age, String attendance, String level, Outcome expected) {
        var p = with(with(adult("A", age), "schoolAttendance", attendance), "educationLevel", level);
        assertThat(IndicatorDerivation.adultEducation(household(List.of(p)), ON).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "age {0}, {1} -> {2}")
    @CsvSource({"3, NOT_ATTENDING, DEPRIVED", "15, NOT_ATTENDING, DEPRIVED", "10, ATTENDING, NOT_DEPRIVED",
            "2, NOT_ATTENDING, NOT_DEPRIVED", "16, NOT_ATTENDING, NOT_DEPRIVED"})
    void childrenThreeToFifteenAttendSchool(int age, String attendance, Outcome expected) {
        var p = with(adult("A", age), "schoolAttendance", attendance);
        assertThat(IndicatorDerivation.childSchoolAttendance(household(List.of(p)), ON).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
    @CsvSource({
            "BAMBOO_LEAVES, SOFTWOOD_PLANKS,     METAL_SHEET,   DEPRIVED",
            "BAMBOO_LEAVES, REINFORCED_CONCRETE, METAL_SHEET,   NOT_DEPRIVED",
            "MUD,           SOFTWOOD_PLANKS,     BAMBOO_LEAVES, DEPRIVED",
            "BAMBOO_LEAVES, ,                    METAL_SHEET,   UNKNOWN",
            "BRICK_STONE,   ,                    METAL_SHEET,   NOT_DEPRIVED"})
    void housingQualityNeedsTwoNonDurableParts(String wall, String column, String roof, Outcome expected) {
        var h = housing(BigDecimal.TEN, wall, column, roof, "PIPED", "SEPTIC", true, Set.of(), true);
        assertThat(IndicatorDerivation.housingQuality(h, ON).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} m² for 2 -> {1}")
    @CsvSource({"15.98, DEPRIVED", "16, NOT_DEPRIVED", ", UNKNOWN"})
    void floorAreaPerPersonAtLeastEight(BigDecimal area, Outcome expected) {
        var h = housing(area, null, null, null, null, null, null, Set.of(), null);
        assertThat(IndicatorDerivation.housingArea(h, ON).outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, {1}, telecom {2}, devices {3}, loudspeaker {4}")
    @CsvSource({
            "SURFACE_WATER, SEPTIC,    true,  TV, true,  DEPRIVED,     NOT_DEPRIVED, NOT_DEPRIVED, NOT_DEPRIVED",
            "PIPED,         FISH_POND, false, '', false, NOT_DEPRIVED, DEPRIVED,     DEPRIVED,     DEPRIVED",
            "RAINWATER,     POUR_FLUSH, true, '', true,  NOT_DEPRIVED, NOT_DEPRIVED, NOT_DEPRIVED, NOT_DEPRIVED"})
    void waterSanitationAndInformation(String water, String latrine, Boolean telecom, String devices, Boolean loudspeaker,
                                       Outcome waterOutcome, Outcome latrineOutcome, Outcome telecomOutcome, Outcome infoOutcome) {
        Set<String> owned = devices == null || devices.isEmpty() ? Set.of() : Set.of(devices);
        var h = housing(BigDecimal.TEN, null, null, null, water, latrine, telecom, owned, loudspeaker);
        assertThat(IndicatorDerivation.drinkingWater(h, ON).outcome()).isEqualTo(waterOutcome);
        assertThat(IndicatorDerivation.sanitation(h, ON).outcome()).isEqualTo(latrineOutcome);
        assertThat(IndicatorDerivation.telecom(h, ON).outcome()).isEqualTo(telecomOutcome);
        assertThat(IndicatorDerivation.informationAccess(h, ON).outcome()).isEqualTo(infoOutcome);
    }

    @Test
    void indicatorsWithoutRecordedFactsAreLeftToTheReviewer() {
        var findings = IndicatorDerivation.derive(PovertyStandardTest.ND07, household(List.of(adult("A", 40))), ON);
        assertThat(findings).extracting(IndicatorFinding::indicator).containsExactly("EMPLOYMENT", "HEALTH_INSURANCE");
        var nd351 = IndicatorDerivation.derive(PovertyStandardTest.ND351, household(List.of(adult("A", 40))), ON);
        assertThat(nd351.get(1).indicator()).isEqualTo("WASTE_TREATMENT");
        assertThat(nd351.get(1).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void aHouseholdWithNoHousingFactsRecordedIsLeftToTheReviewer() {
        var bare = new HouseholdFacts(List.of(adult("A", 40)), null, null, null, null, null, null, null, Set.of(), null);
        var findings = IndicatorDerivation.derive(PovertyStandardTest.ND07_FULL, bare, ON);
        assertThat(findings).filteredOn(f -> Set.of("HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER", "SANITATION",
                "TELECOM_SERVICES", "INFORMATION_ACCESS", "NUTRITION").contains(f.indicator()))
                .extracting(IndicatorFinding::outcome).containsOnly(Outcome.UNKNOWN).hasSize(7);
    }
}
