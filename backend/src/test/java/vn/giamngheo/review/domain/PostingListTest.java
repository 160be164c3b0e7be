package vn.giamngheo.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.giamngheo.classification.domain.PovertyStatus;

class PostingListTest {

    @ParameterizedTest(name = "{0} -> {1}: posted {2}")
    @CsvSource({
            "NOT_POOR, POOR, true",        "NOT_POOR, NEAR_POOR, true",      "POOR, POOR, true",
            "POOR, NEAR_POOR, true",       "POOR, MIDDLE_INCOME, true",      "NEAR_POOR, NOT_POOR, true",
            "NEAR_POOR, POOR, true",       "NOT_POOR, NOT_POOR, false",      "NOT_POOR, MIDDLE_INCOME, false",
            "MIDDLE_INCOME, NOT_POOR, false"})
    void postsWhoJoinsStaysOnOrLeavesAList(PovertyStatus start, PovertyStatus proposed, boolean posted) {
        assertThat(PostingList.posts(start, proposed)).isEqualTo(posted);
    }

    @Test
    void onlyResultsAgreedByAMeetingArePosted() {
        assertThat(PostingList.POSTED_STATES).containsExactlyInAnyOrder(CaseState.AGREED, CaseState.DISPUTED, CaseState.DECIDED);
    }

    @Test
    void groupsByHamletAndCountsEachList() {
        PostingList list = new PostingList("29956", "Xã Thường Phước 1", ReviewKind.REGULAR, 2024, 2, null, null, null, null, List.of(
                new PostingList.Row("Ấp 1", "29956-000001", "Lê Văn Tư", PovertyStatus.NOT_POOR, PovertyStatus.POOR),
                new PostingList.Row("Ấp 1", "29956-000002", "Đặng Văn Út", PovertyStatus.POOR, PovertyStatus.NEAR_POOR),
                new PostingList.Row("Ấp 2", "29956-000003", "Huỳnh Thị Mai", PovertyStatus.NEAR_POOR, PovertyStatus.NOT_POOR)));
        assertThat(list.byHamlet()).containsOnlyKeys("Ấp 1", "Ấp 2");
        assertThat(list.byHamlet().get("Ấp 1")).hasSize(2);
        assertThat(list.counts()).containsEntry(ReviewList.POOR, 1L).containsEntry(ReviewList.NEAR_POOR, 1L)
                .containsEntry(ReviewList.ESCAPED_POVERTY, 1L).containsEntry(ReviewList.ESCAPED_NEAR_POVERTY, 1L);
        assertThat(list.title()).endsWith("NĂM 2024");
        assertThat(list.reviewName()).isEqualTo("Kết quả rà soát thường xuyên tháng 2/2024");
    }
}
