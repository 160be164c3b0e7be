package vn.giamngheo.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.domain.ReviewList;

/** The export filters approved lists by (start, end) statuses: the same households ReviewList.includes names. */
class StatusRecordExportTest {

    @Test
    void eachListTakesTheStatusPairsItIncludes() {
        assertThat(StatusRecordExport.statusPairs(List.of(ReviewList.POOR)))
                .containsExactly("POOR>POOR", "NEAR_POOR>POOR", "MIDDLE_INCOME>POOR", "NOT_POOR>POOR");
        assertThat(StatusRecordExport.statusPairs(List.of(ReviewList.ESCAPED_POVERTY)))
                .containsExactly("POOR>NEAR_POOR", "POOR>MIDDLE_INCOME", "POOR>NOT_POOR");
        assertThat(StatusRecordExport.statusPairs(List.of(ReviewList.ESCAPED_NEAR_POVERTY)))
                .containsExactly("NEAR_POOR>MIDDLE_INCOME", "NEAR_POOR>NOT_POOR");
        assertThat(StatusRecordExport.statusPairs(List.of(ReviewList.NEAR_POOR, ReviewList.ESCAPED_POVERTY)))
                .containsExactly("POOR>NEAR_POOR", "POOR>MIDDLE_INCOME", "POOR>NOT_POOR", "NEAR_POOR>NEAR_POOR", "MIDDLE_INCOME>NEAR_POOR",
                        "NOT_POOR>NEAR_POOR");
        assertThat(StatusRecordExport.statusPairs(List.of())).isEmpty();
    }
}
