package vn.giamngheo.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.household.domain.Disability;
import vn.giamngheo.household.domain.EducationLevel;
import vn.giamngheo.household.domain.Ethnicity;
import vn.giamngheo.household.domain.SchoolAttendance;

/** The rule packs of V22__benefit.sql, rule by rule (DOMAIN §4.1–4.7). */
class EligibilityEngineTest {
    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final LocalDate DECIDED = LocalDate.of(2025, 3, 20);

    // the seeded rules, as the repository reads them
    static final List<BenefitRule> RULES = List.of(
            rule("HI_POOR", "HEALTH_INSURANCE", Target.PERSON, "POOR", null, null, null, false, false, 100, 0, null, null, null,
                    Validity.TO_END_OF_NEXT_YEAR, false, 1),
            rule("HI_NEAR_POOR", "HEALTH_INSURANCE", Target.PERSON, "NEAR_POOR", null, null, null, false, false, 70, 0, null, null, null,
                    Validity.TO_END_OF_NEXT_YEAR, false, 2),
            rule("HI_MIDDLE_INCOME", "HEALTH_INSURANCE", Target.PERSON, "MIDDLE_INCOME", null, null, null, false, false, 30, 0, null, null,
                    null, Validity.TO_END_OF_NEXT_YEAR, false, 3),
            rule("LOAN_POOR", "LOAN_POOR", Target.HOUSEHOLD, "POOR", null, null, null, false, false, null, 0, 100_000_000L, null, null,
                    Validity.UNTIL_NEXT_STATUS, false, 1),
            rule("LOAN_NEAR_POOR", "LOAN_NEAR_POOR", Target.HOUSEHOLD, "NEAR_POOR", null, null, null, false, false, null, 0, 100_000_000L,
                    null, null, Validity.UNTIL_NEXT_STATUS, false, 1),
            rule("LOAN_ESCAPED", "LOAN_ESCAPED", Target.HOUSEHOLD, "RECENTLY_ESCAPED", null, null, null, false, false, null, 0,
                    100_000_000L, null, 36, Validity.ESCAPE_WINDOW, false, 1),
            rule("LOAN_STUDENT", "LOAN_STUDENT", Target.HOUSEHOLD, "POOR,NEAR_POOR,MIDDLE_INCOME", null, null, Learner.STUDENT, false, false,
                    null, 0, null, 4_000_000L, null, Validity.UNTIL_NEXT_STATUS, false, 1),
            rule("VT_DISABILITY", "VOCATIONAL_TRAINING", Target.PERSON, "POOR,NEAR_POOR", 15, 61, null, true, false, null, 0, 6_000_000L,
                    null, null, Validity.UNTIL_NEXT_STATUS, true, 1),
            rule("VT_POOR_ETHNIC_MINORITY", "VOCATIONAL_TRAINING", Target.PERSON, "POOR", 15, 61, null, false, true, null, 0, 4_000_000L,
                    null, null, Validity.UNTIL_NEXT_STATUS, true, 2),
            rule("VT_POOR", "VOCATIONAL_TRAINING", Target.PERSON, "POOR", 15, 61, null, false, false, null, 0, 3_000_000L, null, null,
                    Validity.UNTIL_NEXT_STATUS, true, 3),
            rule("VT_NEAR_POOR", "VOCATIONAL_TRAINING", Target.PERSON, "NEAR_POOR", 15, 61, null, false, false, null, 0, 2_500_000L, null,
                    null, Validity.UNTIL_NEXT_STATUS, true, 4),
            rule("TUITION_EXEMPT_POOR", "TUITION", Target.PERSON, "POOR", null, 19, Learner.PUPIL, false, false, 100, 0, null, null, null,
                    Validity.UNTIL_NEXT_STATUS, false, 1),
            rule("TUITION_HALF_NEAR_POOR", "TUITION", Target.PERSON, "NEAR_POOR", null, 19, Learner.PUPIL, false, false, 50, 0, null, null,
                    null, Validity.UNTIL_NEXT_STATUS, false, 2),
            rule("LEARNING_COST_POOR", "LEARNING_COST", Target.PERSON, "POOR", null, 19, Learner.PUPIL, false, false, null, 0, null,
                    150_000L, null, Validity.UNTIL_NEXT_STATUS, false, 1),
            rule("NUTRITION_CHILD", "NUTRITION", Target.PERSON, "POOR,NEAR_POOR,RECENTLY_ESCAPED", 0, 16, null, false, false, null, 0, null,
                    null, 36, Validity.UNTIL_NEXT_STATUS, false, 1),
            underived(rule("NUTRITION_MOTHER", "NUTRITION", Target.PERSON, "POOR,NEAR_POOR,RECENTLY_ESCAPED", null, null, null, false, false,
                    null, 0, null, null, 36, Validity.UNTIL_NEXT_STATUS, false, 2)));

    private static final EligibilityEngine ENGINE = new EligibilityEngine(RULES);

    /** Which rule each kind of person gets, per program, in a household of the given status. */
    @ParameterizedTest(name = "{0} household, {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # status      | person (age, attendance, completed level, disability, ethnicity) | expected rule per program
            POOR          | 40 NOT_APPLICABLE LOWER_SECONDARY NONE KINH     | HEALTH_INSURANCE=HI_POOR VOCATIONAL_TRAINING=VT_POOR
            POOR          | 40 NOT_APPLICABLE LOWER_SECONDARY NONE KHMER    | HEALTH_INSURANCE=HI_POOR VOCATIONAL_TRAINING=VT_POOR_ETHNIC_MINORITY
            POOR          | 40 NOT_APPLICABLE LOWER_SECONDARY SEVERE KHMER  | HEALTH_INSURANCE=HI_POOR VOCATIONAL_TRAINING=VT_DISABILITY
            POOR          | 61 NOT_APPLICABLE PRIMARY NONE KINH             | HEALTH_INSURANCE=HI_POOR
            POOR          | 10 ATTENDING PRIMARY NONE KINH                  | HEALTH_INSURANCE=HI_POOR TUITION=TUITION_EXEMPT_POOR LEARNING_COST=LEARNING_COST_POOR NUTRITION=NUTRITION_CHILD
            POOR          | 16 ATTENDING LOWER_SECONDARY NONE KINH          | HEALTH_INSURANCE=HI_POOR TUITION=TUITION_EXEMPT_POOR LEARNING_COST=LEARNING_COST_POOR VOCATIONAL_TRAINING=VT_POOR
            POOR          | 2 NOT_APPLICABLE NONE NONE KINH                 | HEALTH_INSURANCE=HI_POOR NUTRITION=NUTRITION_CHILD
            POOR          | 10 NOT_ATTENDING PRIMARY NONE KINH              | HEALTH_INSURANCE=HI_POOR NUTRITION=NUTRITION_CHILD
            NEAR_POOR     | 40 NOT_APPLICABLE LOWER_SECONDARY NONE KHMER    | HEALTH_INSURANCE=HI_NEAR_POOR VOCATIONAL_TRAINING=VT_NEAR_POOR
            NEAR_POOR     | 40 NOT_APPLICABLE LOWER_SECONDARY MILD KINH     | HEALTH_INSURANCE=HI_NEAR_POOR VOCATIONAL_TRAINING=VT_DISABILITY
            NEAR_POOR     | 12 ATTENDING PRIMARY NONE KINH                  | HEALTH_INSURANCE=HI_NEAR_POOR TUITION=TUITION_HALF_NEAR_POOR NUTRITION=NUTRITION_CHILD
            MIDDLE_INCOME | 12 ATTENDING PRIMARY NONE KINH                  | HEALTH_INSURANCE=HI_MIDDLE_INCOME
            NOT_POOR      | 12 ATTENDING PRIMARY NONE KINH                  | -
            """)
    void grantsEachPersonTheBestRuleOfEachProgram(PovertyStatus status, String person, String expected) {
        HouseholdFacts h = household(status, null, person(person));
        Map<String, String> got = ENGINE.grants(h, ON).stream().filter(g -> g.personId() != null)
                .collect(Collectors.toMap(Grant::programCode, Grant::ruleCode));
        assertThat(got).isEqualTo(expectedMap(expected));
    }

    /** Household loans: poor, near-poor, recently escaped (Decision 28/2015), and a student (Decision 157/2007). */
    @ParameterizedTest(name = "{0}, escaped {1}, student {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            POOR          |            | false | LOAN_POOR=LOAN_POOR
            POOR          |            | true  | LOAN_POOR=LOAN_POOR LOAN_STUDENT=LOAN_STUDENT
            NEAR_POOR     |            | false | LOAN_NEAR_POOR=LOAN_NEAR_POOR
            MIDDLE_INCOME |            | true  | LOAN_STUDENT=LOAN_STUDENT
            NOT_POOR      | 2025-03-20 | false | LOAN_ESCAPED=LOAN_ESCAPED
            MIDDLE_INCOME | 2022-06-02 | false | LOAN_ESCAPED=LOAN_ESCAPED LOAN_STUDENT=-
            NOT_POOR      | 2022-06-01 | false | -
            NOT_POOR      | 2020-01-01 | false | -
            """)
    void grantsHouseholdLoans(PovertyStatus status, LocalDate escapedOn, boolean student, String expected) {
        HouseholdFacts h = household(status, escapedOn, person(student ? "20 ATTENDING UPPER_SECONDARY NONE KINH" : "40 NOT_APPLICABLE PRIMARY NONE KINH"));
        Map<String, String> got = ENGINE.grants(h, ON).stream().filter(g -> g.personId() == null)
                .collect(Collectors.toMap(Grant::programCode, Grant::ruleCode));
        Map<String, String> want = expectedMap(expected);
        want.values().removeIf("-"::equals);
        assertThat(got).isEqualTo(want);
    }

    @Test
    void healthInsuranceRunsToTheEndOfTheYearAfterTheDecision() {
        Grant g = only(ENGINE.grants(household(PovertyStatus.NEAR_POOR, null, person("40 NOT_APPLICABLE PRIMARY NONE KINH")), ON),
                "HEALTH_INSURANCE");
        assertThat(g.validFrom()).isEqualTo(DECIDED);
        assertThat(g.validTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(g.supportRatePercent()).isEqualByComparingTo("70");
    }

    @Test
    void theEscapeWindowIs36MonthsFromTheEscapeDate() {
        LocalDate escaped = LocalDate.of(2025, 3, 20);
        Grant g = only(ENGINE.grants(household(PovertyStatus.NOT_POOR, escaped, person("40 NOT_APPLICABLE PRIMARY NONE KINH")), ON),
                "LOAN_ESCAPED");
        assertThat(g.validFrom()).isEqualTo(escaped);
        assertThat(g.validTo()).isEqualTo(LocalDate.of(2028, 3, 19));
        assertThat(ENGINE.grants(household(PovertyStatus.NOT_POOR, escaped, person("40 NOT_APPLICABLE PRIMARY NONE KINH")),
                LocalDate.of(2028, 3, 20))).isEmpty();
    }

    @Test
    void aChildsNutritionSupportEndsTheDayBeforeTheSixteenthBirthday() {
        HouseholdFacts h = household(PovertyStatus.POOR, null, person("15 NOT_ATTENDING PRIMARY NONE KINH"));
        Grant g = only(ENGINE.grants(h, ON), "NUTRITION");
        LocalDate born = h.members().get(0).dateOfBirth();
        assertThat(g.validTo()).isEqualTo(born.plusYears(16).minusDays(1));
    }

    @Test
    void anEscapedHouseholdsChildKeepsNutritionSupportOnlyWithinTheWindow() {
        HouseholdFacts h = household(PovertyStatus.NOT_POOR, LocalDate.of(2025, 3, 20), person("3 NOT_APPLICABLE NONE NONE KINH"));
        Grant g = only(ENGINE.grants(h, ON), "NUTRITION");
        assertThat(g.validTo()).isEqualTo(LocalDate.of(2028, 3, 19));
    }

    @Test
    void vocationalTrainingIsGivenOncePerPerson() {
        HouseholdFacts.Person p = person("30 NOT_APPLICABLE PRIMARY NONE KINH");
        HouseholdFacts.Person trained = new HouseholdFacts.Person(p.memberId(), p.personId(), p.dateOfBirth(), p.disability(), p.ethnicity(),
                p.schoolAttendance(), p.educationLevel(), Set.of("VOCATIONAL_TRAINING"));
        assertThat(ENGINE.grants(household(PovertyStatus.POOR, null, trained), ON)).extracting(Grant::programCode)
                .doesNotContain("VOCATIONAL_TRAINING").contains("HEALTH_INSURANCE");
    }

    @Test
    void pregnantAndNursingWomenAreNotDerived() {
        assertThat(ENGINE.grants(household(PovertyStatus.POOR, null, person("28 NOT_APPLICABLE PRIMARY NONE KINH")), ON))
                .extracting(Grant::ruleCode).doesNotContain("NUTRITION_MOTHER");
    }

    @Test
    void anArchivedOrNeverReviewedHouseholdHasNoEntitlements() {
        HouseholdFacts h = household(PovertyStatus.POOR, null, person("40 NOT_APPLICABLE PRIMARY NONE KINH"));
        assertThat(ENGINE.grants(new HouseholdFacts(h.householdId(), "29956", true, h.latest(), null, h.members()), ON)).isEmpty();
        assertThat(ENGINE.grants(new HouseholdFacts(h.householdId(), "29956", false, null, null, h.members()), ON)).isEmpty();
    }

    @Test
    void aProvincialTopUpAddsToTheStatesShareUpTo100() {
        BenefitRule near = RULES.get(1);
        BenefitRule withTopUp = new BenefitRule(near.code(), near.programCode(), near.legalCitation(), near.validFrom(), near.validTo(),
                near.target(), near.statuses(), null, null, null, false, false, true, near.supportRatePercent(), new BigDecimal("40"), null,
                null, null, null, near.validity(), false, 2, Map.of(), null, Set.of());
        assertThat(withTopUp.effectiveSupportRate()).isEqualByComparingTo("100");
        assertThat(near.effectiveSupportRate()).isEqualByComparingTo("70");
    }

    // ---- helpers

    private static Grant only(List<Grant> grants, String program) {
        List<Grant> of = grants.stream().filter(g -> g.programCode().equals(program)).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    private static Map<String, String> expectedMap(String expected) {
        if (expected.equals("-")) {
            return new java.util.HashMap<>();
        }
        return Arrays.stream(expected.trim().split("\\s+")).map(s -> s.split("="))
                .collect(Collectors.toMap(a -> a[0], a -> a[1], (a, b) -> a, java.util.HashMap::new));
    }

    static HouseholdFacts household(PovertyStatus status, LocalDate escapedOn, HouseholdFacts.Person... members) {
        return new HouseholdFacts(UUID.randomUUID(), "29956", false, new HouseholdFacts.LatestStatus(UUID.randomUUID(), status, DECIDED),
                escapedOn, List.of(members));
    }

    /** "age attendance completedLevel disability ethnicity", aged on ON (born the day after ON, that many years ago). */
    static HouseholdFacts.Person person(String spec) {
        String[] p = spec.trim().split("\\s+");
        LocalDate born = ON.minusYears(Integer.parseInt(p[0])).minusMonths(6);
        return new HouseholdFacts.Person(UUID.randomUUID(), UUID.randomUUID(), born, Disability.valueOf(p[3]), Ethnicity.valueOf(p[4]),
                SchoolAttendance.valueOf(p[1]), EducationLevel.valueOf(p[2]), Set.of());
    }

    private static BenefitRule underived(BenefitRule r) {
        return new BenefitRule(r.code(), r.programCode(), r.legalCitation(), r.validFrom(), r.validTo(), r.target(), r.statuses(),
                r.minAgeYears(), r.maxAgeYears(), r.learner(), r.requiresDisability(), r.requiresEthnicMinority(), false,
                r.supportRatePercent(), r.provincialTopUpPercent(), r.amountCapVnd(), r.monthlyAmountVnd(), r.interestRatePercent(),
                r.escapeWindowMonths(), r.validity(), r.oncePerPerson(), r.priority(), r.terms(), r.note(), r.unconfirmed());
    }

    private static BenefitRule rule(String code, String program, Target target, String statuses, Integer minAge, Integer maxAge,
                                    Learner learner, boolean disability, boolean minority, Integer rate, int topUp, Long cap, Long monthly,
                                    Integer window, Validity validity, boolean once, int priority) {
        Set<EligibilityStatus> s = Arrays.stream(statuses.split(",")).map(EligibilityStatus::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new BenefitRule(code, program, "test", LocalDate.of(2015, 1, 1), null, target, s, minAge, maxAge, learner, disability, minority,
                true, rate == null ? null : BigDecimal.valueOf(rate), BigDecimal.valueOf(topUp), cap, monthly, null, window, validity, once,
                priority, Map.of(), null, Set.of());
    }
}
