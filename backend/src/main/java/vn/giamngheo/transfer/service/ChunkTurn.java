package vn.giamngheo.transfer.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A chunk's place in its file while several chunks are in their transactions at once (one connection each). Its
 * checks wait for those of the chunk before, so a citizen id or a household met twice is told on the later line as
 * when the chunks are read one after the other; its cursor move waits for the chunk before to be committed, so the
 * job's cursor only ever passes committed chunks and a job taken over resumes there, with no record written twice or
 * skipped. A chunk whose predecessor failed fails too, and its transaction is rolled back.
 */
final class ChunkTurn {
    private final CompletableFuture<Void> checksBefore;
    private final CompletableFuture<Void> commitBefore;
    private final CompletableFuture<Void> checked = new CompletableFuture<>();
    private final CompletableFuture<Void> committed = new CompletableFuture<>();
    private final Duration patience;

    private ChunkTurn(CompletableFuture<Void> checksBefore, CompletableFuture<Void> commitBefore, Duration patience) {
        this.checksBefore = checksBefore;
        this.commitBefore = commitBefore;
        this.patience = patience;
    }

    /** The turn of a file's first chunk (or the first after a resumed job's cursor): nothing to wait for. */
    static ChunkTurn first(Duration patience) {
        return new ChunkTurn(CompletableFuture.completedFuture(null), CompletableFuture.completedFuture(null), patience);
    }

    ChunkTurn next() {
        return new ChunkTurn(checked, committed, patience);
    }

    void awaitChecksBefore() {
        await(checksBefore, "checked");
    }

    void checksDone() {
        checked.complete(null);
    }

    void awaitCommitBefore() {
        await(commitBefore, "committed");
    }

    /** After the chunk's transaction committed. */
    void committed() {
        checked.complete(null);
        committed.complete(null);
    }

    /** The chunk's transaction was rolled back, or never began. */
    void failed(Throwable cause) {
        checked.completeExceptionally(cause);
        committed.completeExceptionally(cause);
    }

    /**
     * Waits at most {@code patience}: the chunk before could be waiting in the database for a lock this one's transaction
     * holds, which the database cannot see as a deadlock; giving up rolls this one back and frees it.
     */
    private void await(CompletableFuture<Void> before, String what) {
        try {
            before.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new BeforeFailed("the chunk before was not " + what);
        } catch (TimeoutException e) {
            throw new BeforeFailed("the chunk before was not " + what + " within " + patience.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BeforeFailed("interrupted while waiting for the chunk before");
        }
    }

    /** This chunk cannot go on because of the one before it; the worker reports the failure of that one. */
    static final class BeforeFailed extends RuntimeException {
        BeforeFailed(String message) {
            super(message, null, false, false);
        }
    }
}
