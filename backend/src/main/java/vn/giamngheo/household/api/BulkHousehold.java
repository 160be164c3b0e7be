package vn.giamngheo.household.api;

import java.util.UUID;

/**
 * One household of a bulk write, already validated: registered anew when {@code existingId} is null, otherwise the
 * registered household's facts and roster are replaced by {@code data} (its commune stays).
 */
public record BulkHousehold(UUID existingId, HouseholdCreate data) {
}
