package vn.giamngheo.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamngheo.classification.domain.IndicatorDerivationTest.adult;
import static vn.giamngheo.classification.domain.PovertyStandardTest.ND07_FULL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.classification.domain.HouseholdFacts.Person;

class WhatIfClassifierTest {
    static final LocalDate ON = IndicatorDerivationTest.ON;
    final WhatIfClassifier classifier = new WhatIfClassifier(ND07_FULL, ON);

    /** Poor housing: non-durable walls, columns and roof, surface water, no latrine. */
    static HouseholdFacts poorHousing(List<Person> members) {
        return new HouseholdFacts(members, BigDecimal.valueOf(60), "BAMBOO_LEAVES", "SOFTWOOD_PLANKS", "BAMBOO_LEAVES",
                "SURFACE_WATER", "FISH_POND", true, Set.of("TV"), true);
    }

    @Test
    void countsOnlyIndicatorsTheFactsShowAsDeprived() {
        WhatIfClassifier.Outcome o = classifier.classify(poorHousing(List.of(adult("A", 40))), 1_200_000L, AreaType.RURAL);
        // housing quality, water and sanitation; nutrition is unknown in the registry and does not count
        assertThat(o.deprivationCount()).isEqualTo(3);
        assertThat(o.status()).isEqualTo(PovertyStatus.POOR);
    }

    @Test
    void usesTheLineOfTheAreaType() {
        HouseholdFacts h = IndicatorDerivationTest.household(List.of(adult("A", 40)));
        assertThat(classifier.classify(h, 1_800_000L, AreaType.RURAL).status()).isEqualTo(PovertyStatus.MIDDLE_INCOME);
        assertThat(classifier.classify(h, 1_800_000L, AreaType.URBAN).status()).isEqualTo(PovertyStatus.NEAR_POOR);
    }

    @Test
    void aHouseholdWithoutIncomeIsNotClassifiable() {
        WhatIfClassifier.Outcome o = classifier.classify(poorHousing(List.of(adult("A", 40))), null, AreaType.RURAL);
        assertThat(o.classified()).isFalse();
        assertThat(o.status()).isNull();
    }

    @Test
    void membersBornAfterTheReferenceDateAreNotCounted() {
        // with a baby, the elder and the baby are two dependants of three members: more than half
        Person elder = adult("Ông", 70);
        Person born = new Person("Bé", ON.minusDays(20), "FEMALE", "STUDENT", "NOT_APPLICABLE", "NONE", "NOT_APPLICABLE", "NONE", null, null);
        Person unborn = new Person("Bé", ON.plusDays(20), "FEMALE", "STUDENT", "NOT_APPLICABLE", "NONE", "NOT_APPLICABLE", "NONE", null, null);
        assertThat(classifier.classify(IndicatorDerivationTest.household(List.of(adult("A", 40), elder, born)), 1_000_000L, AreaType.RURAL)
                .deprivationCount()).isEqualTo(1);
        assertThat(classifier.classify(IndicatorDerivationTest.household(List.of(adult("A", 40), elder, unborn)), 1_000_000L, AreaType.RURAL)
                .deprivationCount()).isZero();
    }
}
