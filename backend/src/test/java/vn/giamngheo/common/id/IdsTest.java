package vn.giamngheo.common.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void aKeyIsAVersion7UuidCarryingItsMillisecond() {
        long millis = 1_795_000_000_123L;
        UUID id = Ids.at(millis);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Test
    void laterKeysSortAfterEarlierOnesAsPostgresqlComparesThem() {
        // PostgreSQL orders uuid by its bytes, as the text form reads
        String earlier = Ids.at(1_795_000_000_123L).toString();
        String later = Ids.at(1_795_000_000_124L).toString();
        assertThat(later).isGreaterThan(earlier);
        assertThat(Ids.at(1_795_000_001_000L).toString()).isGreaterThan(later);
    }

    @Test
    void keysOfTheSameMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(Ids.at(1_795_000_000_123L));
        }
        assertThat(ids).hasSize(100_000);
    }
}
