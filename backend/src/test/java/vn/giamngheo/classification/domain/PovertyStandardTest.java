package vn.giamngheo.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.area.domain.AreaType;

/** The rule packs as shipped in V6__poverty_standard.sql, checked against the texts they cite. */
class PovertyStandardTest {
    static final PovertyStandard QD59 = new PovertyStandard("QD59_2015", "2016–2020", "2016–2020", "Quyết định 59/2015/QĐ-TTg",
            LocalDate.of(2016, 1, 5), LocalDate.of(2021, 12, 31), ClassificationRule.INCOME_OR_DEPRIVATION, 3, null,
            Map.of(AreaType.RURAL, new Thresholds(700_000, 1_000_000L, 1_500_000L, null),
                    AreaType.URBAN, new Thresholds(900_000, 1_300_000L, 1_950_000L, null)),
            List.of("ACCESS_TO_HEALTH_SERVICES", "HEALTH_INSURANCE"), Set.of());
    static final PovertyStandard ND07 = new PovertyStandard("ND07_2021", "2022–2025", "2022–2025", "Nghị định 07/2021/NĐ-CP, Điều 3",
            LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), ClassificationRule.INCOME_AND_DEPRIVATION, 3, 10,
            Map.of(AreaType.RURAL, new Thresholds(1_500_000, null, 2_250_000L, 140),
                    AreaType.URBAN, new Thresholds(2_000_000, null, 3_000_000L, 175)),
            List.of("EMPLOYMENT", "HEALTH_INSURANCE"), Set.of());
    /** Decree 07/2021 with all twelve indicators, for derivations. */
    static final PovertyStandard ND07_FULL = new PovertyStandard("ND07_2021", "2022–2025", "2022–2025", "Nghị định 07/2021/NĐ-CP, Điều 3",
            LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31), ClassificationRule.INCOME_AND_DEPRIVATION, 3, 10, ND07.thresholds(),
            List.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE", "ADULT_EDUCATION", "CHILD_SCHOOL_ATTENDANCE",
                    "HOUSING_QUALITY", "HOUSING_AREA", "DRINKING_WATER", "SANITATION", "TELECOM_SERVICES", "INFORMATION_ACCESS"), Set.of());
    static final PovertyStandard ND351 = new PovertyStandard("ND351_2025", "2026–2030", "2026–2030", "Nghị định 351/2025/NĐ-CP",
            LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31), ClassificationRule.INCOME_AND_DEPRIVATION, 3, null,
            Map.of(AreaType.RURAL, new Thresholds(2_200_000, null, null, null),
                    AreaType.URBAN, new Thresholds(2_800_000, null, null, null)),
            List.of("EMPLOYMENT", "WASTE_TREATMENT"), Set.of("thresholds.RURAL.middleIncomeCeilingVnd"));

    private static Set<String> deprivations(int n) {
        Set<String> s = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            s.add("D" + i);
        }
        return s;
    }

    /** Decree 07/2021/NĐ-CP Art. 3: poor = income at or below the line AND at least 3 deprivations. */
    @ParameterizedTest(name = "{2} {0} VND, {1} deprivations -> {3}")
    @CsvSource({
            "1500000, 3, RURAL, POOR",          "1500000, 2, RURAL, NEAR_POOR",
            "900000,  0, RURAL, NEAR_POOR",     "0,       12, RURAL, POOR",
            "1500001, 5, RURAL, MIDDLE_INCOME", "2250000, 0, RURAL, MIDDLE_INCOME",
            "2250001, 0, RURAL, NOT_POOR",      "2000000, 3, URBAN, POOR",
            "2000000, 2, URBAN, NEAR_POOR",     "2000001, 6, URBAN, MIDDLE_INCOME",
            "3000001, 6, URBAN, NOT_POOR"})
    void followsDecree07(long income, int count, AreaType area, PovertyStatus expected) {
        assertThat(ND07.classify(new Income.Monthly(income), deprivations(count), area).status()).isEqualTo(expected);
    }

    /** Circular 07/2021: score A ≤ 140 rural / ≤ 175 urban, and score B = 10 per indicator with poor from 30. */
    @ParameterizedTest(name = "{2} A={0}, {1} deprivations -> {3}")
    @CsvSource({
            "140, 3, RURAL, POOR", "140, 2, RURAL, NEAR_POOR", "141, 9, RURAL, NOT_POOR",
            "175, 3, URBAN, POOR", "176, 0, URBAN, NOT_POOR", "120, 0, URBAN, NEAR_POOR"})
    void followsTheScoresOfCircular07(int score, int count, AreaType area, PovertyStatus expected) {
        Classification c = ND07.classify(new Income.Score(score), deprivations(count), area);
        assertThat(c.status()).isEqualTo(expected);
        assertThat(c.deprivationScore()).isEqualTo(count * 10);
    }

    /** Decision 59/2015: income at or below the line alone is poor; in the band above it, 3+ deprivations are poor. */
    @ParameterizedTest(name = "{2} {0} VND, {1} deprivations -> {3}")
    @CsvSource({
            "700000,  0, RURAL, POOR",          "700001,  3, RURAL, POOR",
            "700001,  2, RURAL, NEAR_POOR",     "1000000, 2, RURAL, NEAR_POOR",
            "1000001, 5, RURAL, MIDDLE_INCOME", "1500001, 0, RURAL, NOT_POOR",
            "900000,  0, URBAN, POOR",          "1300000, 3, URBAN, POOR",
            "1300000, 1, URBAN, NEAR_POOR",     "1950001, 0, URBAN, NOT_POOR"})
    void followsDecision59(long income, int count, AreaType area, PovertyStatus expected) {
        assertThat(QD59.classify(new Income.Monthly(income), deprivations(count), area).status()).isEqualTo(expected);
    }

    /** Decree 351/2025: lines 2.2 M rural / 2.8 M urban; the middle-income band is not confirmed, so never guessed. */
    @ParameterizedTest(name = "{2} {0} VND, {1} deprivations -> {3}")
    @CsvSource({
            "2200000, 3, RURAL, POOR", "2200000, 2, RURAL, NEAR_POOR", "2200001, 0, RURAL, NOT_POOR",
            "2800000, 4, URBAN, POOR", "2800001, 4, URBAN, NOT_POOR"})
    void followsDecree351(long income, int count, AreaType area, PovertyStatus expected) {
        Classification c = ND351.classify(new Income.Monthly(income), deprivations(count), area);
        assertThat(c.status()).isEqualTo(expected);
        assertThat(c.deprivationScore()).isNull();
        if (!c.incomeAtOrBelowLine()) {
            assertThat(c.reasons()).extracting(Reason::code).contains(Reason.Code.MIDDLE_INCOME_BAND_UNCONFIRMED);
        }
    }

    @Test
    void explainsEachStepInVietnameseAndEnglish() {
        Classification c = ND07.classify(new Income.Monthly(1_400_000), deprivations(3), AreaType.RURAL);
        assertThat(c.reasons()).extracting(Reason::code)
                .containsExactly(Reason.Code.INCOME_AT_OR_BELOW_LINE, Reason.Code.DEPRIVATIONS_AT_OR_ABOVE_CUTOFF);
        assertThat(Explanations.render(c.reasons().get(0), Locale.forLanguageTag("vi")))
                .isEqualTo("Thu nhập 1.400.000 đồng/người/tháng bằng hoặc thấp hơn chuẩn nghèo 1.500.000 đồng.");
        assertThat(Explanations.render(c.reasons().get(1), Locale.ENGLISH))
                .isEqualTo("The household lacks 3 basic social services, at least 3, so it is poor.");
    }

    @Test
    void knowsWhenItIsInForce() {
        assertThat(ND07.inForceOn(LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(ND07.inForceOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(ND07.inForceOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(ND07.scored()).isTrue();
        assertThat(ND351.scored()).isFalse();
    }
}
