package vn.giamngheo.benefit.service;

import java.util.UUID;

/** A recompute job was queued; after the commit, this replica's worker looks at once. */
record RecomputeQueued(UUID jobId) {
}
