package vn.giamngheo.transfer.service;

import java.util.UUID;

/** Fired when a job is queued (or its commit is), so the local worker starts at once. */
public record ImportQueued(UUID jobId) {
}
