package vn.giamngheo.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundedTotalTest {
    @Test
    void aCountWithinTheLimitIsExact() {
        assertThat(BoundedTotal.of(0, new PageQuery(0, 20), 0)).isEqualTo(new BoundedTotal(0, true));
        assertThat(BoundedTotal.of(1000, new PageQuery(3, 20), 20)).isEqualTo(new BoundedTotal(1000, true));
    }

    @Test
    void pastTheLimitTheTotalIsALowerBound() {
        assertThat(BoundedTotal.of(1001, new PageQuery(0, 20), 20)).isEqualTo(new BoundedTotal(1000, false));
    }

    @Test
    void aPageBeyondTheLimitRaisesTheLowerBoundToWhatItShows() {
        assertThat(BoundedTotal.of(1001, new PageQuery(50, 20), 5)).isEqualTo(new BoundedTotal(1005, false));
        assertThat(BoundedTotal.of(1001, new PageQuery(60, 20), 0)).isEqualTo(new BoundedTotal(1000, false));
    }

    @Test
    void aCountNeverGoesPastOneMoreThanTheLimit() {
        assertThatThrownBy(() -> BoundedTotal.of(1002, new PageQuery(0, 20), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
