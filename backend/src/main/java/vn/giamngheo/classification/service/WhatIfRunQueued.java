package vn.giamngheo.classification.service;

import java.util.UUID;

/** Fired when a run is queued; the worker observes it after the commit, so the run is visible when it wakes. */
record WhatIfRunQueued(UUID runId) {
}
