package vn.giamngheo.transfer.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChunkTurnTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void aChunkMovesTheCursorOnlyAfterTheChunkBeforeCommitted() throws Exception {
        ChunkTurn first = ChunkTurn.first(PATIENCE);
        ChunkTurn second = first.next();
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> later = CompletableFuture.runAsync(() -> {
            second.awaitCommitBefore();
            order.add("second moves the cursor");
        });
        Thread.sleep(200);
        assertThat(later).isNotDone();
        order.add("first committed");
        first.committed();
        later.get(5, TimeUnit.SECONDS);
        assertThat(order).containsExactly("first committed", "second moves the cursor");
    }

    @Test
    void checksWaitForTheChecksBeforeButNotForTheirCommit() throws Exception {
        ChunkTurn first = ChunkTurn.first(PATIENCE);
        ChunkTurn second = first.next();
        CompletableFuture<Void> checks = CompletableFuture.runAsync(second::awaitChecksBefore);
        Thread.sleep(200);
        assertThat(checks).isNotDone();
        first.checksDone();
        checks.get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> CompletableFuture.runAsync(second::awaitCommitBefore).get(300, TimeUnit.MILLISECONDS))
                .isInstanceOf(java.util.concurrent.TimeoutException.class);
    }

    @Test
    void theFirstChunkWaitsForNothing() {
        ChunkTurn first = ChunkTurn.first(Duration.ZERO);
        first.awaitChecksBefore();
        first.awaitCommitBefore();
    }

    @Test
    void aFailedChunkFailsEveryChunkAfterIt() {
        ChunkTurn first = ChunkTurn.first(PATIENCE);
        ChunkTurn second = first.next();
        ChunkTurn third = second.next();
        first.failed(new IllegalStateException("COPY failed"));
        assertThatThrownBy(second::awaitChecksBefore).isInstanceOf(ChunkTurn.BeforeFailed.class);
        assertThatThrownBy(second::awaitCommitBefore).isInstanceOf(ChunkTurn.BeforeFailed.class)
                .hasMessageContaining("not committed");
        second.failed(new ChunkTurn.BeforeFailed("the chunk before was not committed"));
        assertThatThrownBy(third::awaitCommitBefore).isInstanceOf(ChunkTurn.BeforeFailed.class);
    }

    @Test
    void aChunkGivesUpWaitingAfterItsPatience() {
        ChunkTurn second = ChunkTurn.first(Duration.ofMillis(100)).next();
        assertThatThrownBy(second::awaitCommitBefore).isInstanceOf(ChunkTurn.BeforeFailed.class).hasMessageContaining("within");
    }
}
