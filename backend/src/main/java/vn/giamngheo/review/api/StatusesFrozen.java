package vn.giamngheo.review.api;

import java.util.List;
import java.util.UUID;

/** Fired in the consolidating transaction once a cycle's statuses are frozen, so benefits follow the new lists. */
public record StatusesFrozen(UUID cycleId, List<UUID> householdIds) {
}
