package vn.giamngheo.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.giamngheo.classification.domain.PovertyStandardTest.ND07;
import static vn.giamngheo.classification.domain.PovertyStandardTest.ND351;
import static vn.giamngheo.classification.domain.PovertyStandardTest.QD59;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.classification.domain.StandardDraft.Line;
import vn.giamngheo.classification.domain.StandardDraft.Violation;

class StandardDraftTest {

    private static StandardDraft lines(Line... lines) {
        return new StandardDraft(List.of(lines), null);
    }

    @Test
    void changesOnlyTheNumbersItGives() {
        PovertyStandard s = new StandardDraft(List.of(new Line(AreaType.RURAL, 1_800_000L, null)), 2).applyTo(ND07);
        assertThat(s.thresholds().get(AreaType.RURAL)).isEqualTo(new Thresholds(1_800_000, null, 2_250_000L, 140));
        assertThat(s.thresholds().get(AreaType.URBAN)).isEqualTo(ND07.thresholds().get(AreaType.URBAN));
        assertThat(s.deprivationCutoff()).isEqualTo(2);
        assertThat(s.rule()).isEqualTo(ND07.rule());
        assertThat(s.indicators()).isEqualTo(ND07.indicators());
        assertThat(ND07.thresholds().get(AreaType.RURAL).povertyLineVnd()).isEqualTo(1_500_000);
    }

    @Test
    void aHigherLineMakesAHouseholdNearPoorAndALowerCutoffMakesItPoor() {
        Income income = new Income.Monthly(1_700_000);
        assertThat(ND07.classify(income, Set.of("A", "B"), AreaType.RURAL).status()).isEqualTo(PovertyStatus.MIDDLE_INCOME);
        PovertyStandard higher = lines(new Line(AreaType.RURAL, 1_800_000L, null)).applyTo(ND07);
        assertThat(higher.classify(income, Set.of("A", "B"), AreaType.RURAL).status()).isEqualTo(PovertyStatus.NEAR_POOR);
        PovertyStandard cutoff = new StandardDraft(List.of(new Line(AreaType.RURAL, 1_800_000L, null)), 2).applyTo(ND07);
        assertThat(cutoff.classify(income, Set.of("A", "B"), AreaType.RURAL).status()).isEqualTo(PovertyStatus.POOR);
    }

    @Test
    void movesTheBandOfDecision59() {
        PovertyStandard s = lines(new Line(AreaType.URBAN, null, 1_500_000L)).applyTo(QD59);
        assertThat(s.classify(new Income.Monthly(1_400_000), Set.of(), AreaType.URBAN).status()).isEqualTo(PovertyStatus.NEAR_POOR);
        assertThat(lines(new Line(AreaType.URBAN, null, 1_500_000L)).check(QD59)).isEmpty();
    }

    @Test
    void aValidDraftHasNoViolations() {
        assertThat(new StandardDraft(List.of(new Line(AreaType.RURAL, 2_500_000L, null), new Line(AreaType.URBAN, 3_000_000L, null)), 2)
                .check(ND351)).isEmpty();
    }

    static Stream<Arguments> faultyDrafts() {
        Line rural = new Line(AreaType.RURAL, 2_300_000L, null);
        return Stream.of(
                Arguments.of("an empty draft", ND07, new StandardDraft(List.of(), null), "", "EMPTY_DRAFT"),
                Arguments.of("a line without numbers", ND07, lines(new Line(AreaType.RURAL, null, null)), "/thresholds/0", "NOTHING_TO_CHANGE"),
                Arguments.of("a near-poor ceiling without a band", ND07, lines(new Line(AreaType.RURAL, null, 900_000L)),
                        "/thresholds/0/nearPoorCeilingVnd", "NO_NEAR_POOR_BAND"),
                Arguments.of("a line at the middle-income ceiling", ND07, lines(new Line(AreaType.URBAN, 3_000_000L, null)),
                        "/thresholds/0/povertyLineVnd", "ABOVE_MIDDLE_INCOME_CEILING"),
                Arguments.of("a line at the near-poor ceiling", QD59, lines(new Line(AreaType.RURAL, 1_000_000L, null)),
                        "/thresholds/0/povertyLineVnd", "CEILING_NOT_ABOVE_LINE"),
                Arguments.of("a ceiling at the middle-income ceiling", QD59, lines(new Line(AreaType.RURAL, null, 1_500_000L)),
                        "/thresholds/0/nearPoorCeilingVnd", "ABOVE_MIDDLE_INCOME_CEILING"),
                Arguments.of("the same area type twice", ND351, lines(rural, rural), "/thresholds/1/areaType", "DUPLICATE_AREA_TYPE"),
                Arguments.of("a cutoff of 0", ND351, new StandardDraft(List.of(), 0), "/deprivationCutoff", "CUTOFF_OUT_OF_RANGE"),
                Arguments.of("a cutoff above the number of indicators", ND351, new StandardDraft(List.of(), ND351.indicators().size() + 1),
                        "/deprivationCutoff", "CUTOFF_OUT_OF_RANGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faultyDrafts")
    void pointsAtWhatCannotBeApplied(String what, PovertyStandard standard, StandardDraft draft, String pointer, String code) {
        assertThat(draft.check(standard)).extracting(Violation::pointer, Violation::code).containsExactly(tuple(pointer, code));
    }
}
