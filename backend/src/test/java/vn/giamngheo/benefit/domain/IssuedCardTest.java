package vn.giamngheo.benefit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuedCardTest {
    private static final LocalDate FROM = LocalDate.of(2025, 3, 27);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @ParameterizedTest(name = "{0} % card {1} – {2} -> {3}")
    @CsvSource({
        "100, 2026-01-01, 2026-12-31, ''",
        "100.00, 2025-01-01, 2025-12-31, ''",
        "70, 2026-01-01, 2026-12-31, SUPPORT_RATE_MISMATCH",
        "100, 2024-01-01, 2025-03-26, OUTSIDE_ENTITLEMENT_PERIOD",
        "100, 2027-01-01, 2027-12-31, OUTSIDE_ENTITLEMENT_PERIOD" })
    void mustMatchTheEntitlementsRateAndOverlapItsPeriod(BigDecimal rate, LocalDate from, LocalDate to, String expected) {
        assertThat(new IssuedCard(rate, from, to).mismatch(new BigDecimal("100.00"), FROM, TO).map(Step.Problem::code).orElse(""))
                .isEqualTo(expected);
    }
}
