package vn.giamngheo.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;

class QueryValuesTest {
    private enum Colour { RED, GREEN }

    @Test
    void readsAUuidOrNamesTheParameter() {
        UUID id = UUID.randomUUID();
        assertThat(QueryValues.uuid("cycleId", id.toString())).isEqualTo(id);
        assertThat(QueryValues.uuid("cycleId", null)).isNull();
        for (String bad : List.of("2025-09", "1-2-3-4-5", id + "0")) {
            assertThatThrownBy(() -> QueryValues.uuid("cycleId", bad)).isInstanceOfSatisfying(ProblemException.class, p -> {
                assertThat(p.code).isEqualTo("VALIDATION_FAILED");
                assertThat(p.errors).containsExactly(FieldError.param("cycleId", "WRONG_TYPE", "must be a UUID"));
            });
        }
    }

    @Test
    void readsEnumValuesExactlyAndListsTheAllowedOnes() {
        assertThat(QueryValues.oneOf("colour", "RED", Colour.class)).isEqualTo(Colour.RED);
        assertThat(QueryValues.oneOf("colour", "", Colour.class)).isNull();
        assertThat(QueryValues.allOf("colour", Arrays.asList("GREEN", "RED", "GREEN"), Colour.class)).containsExactly(Colour.GREEN, Colour.RED);
        assertThat(QueryValues.allOf("colour", null, Colour.class)).isEmpty();
        assertThatThrownBy(() -> QueryValues.allOf("colour", List.of("RED", "red"), Colour.class))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.errors)
                        .containsExactly(FieldError.param("colour", "UNKNOWN_VALUE", "must be one of RED, GREEN")));
    }
}
