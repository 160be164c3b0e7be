package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdTest {

    @ParameterizedTest(name = "{0} {1} born {2} -> {3}")
    @CsvSource({
            "087078001234, MALE,   1978-04-12, ",
            "087181001234, FEMALE, 1981-09-03, ",
            "087212001234, MALE,   2012-06-01, ",
            "001305000001, FEMALE, 2005-01-01, ",
            "096099000001, MALE,   1999-12-31, ",
            "08707800123,  MALE,   1978-04-12, CITIZEN_ID_FORMAT",
            "08707800123A, MALE,   1978-04-12, CITIZEN_ID_FORMAT",
            "000078001234, MALE,   1978-04-12, CITIZEN_ID_PROVINCE",
            "097078001234, MALE,   1978-04-12, CITIZEN_ID_PROVINCE",
            "087178001234, MALE,   1978-04-12, CITIZEN_ID_SEX_CENTURY",
            "087278001234, MALE,   1978-04-12, CITIZEN_ID_SEX_CENTURY",
            "087012001234, MALE,   2012-06-01, CITIZEN_ID_SEX_CENTURY",
            "087079001234, MALE,   1978-04-12, CITIZEN_ID_BIRTH_YEAR",
    })
    void checksTheStructureOfCircular07(String id, Sex sex, LocalDate born, String expectedCode) {
        var violations = CitizenId.check(id, sex, born);
        if (expectedCode == null) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).extracting(Violation::code).containsExactly(expectedCode);
            assertThat(violations).extracting(Violation::path).containsExactly("citizenId");
        }
    }
}
