package vn.giamngheo.household.api;

import java.util.UUID;

/** Fired in the same transaction when a household's record or roster changed (members, head, archive). */
public record HouseholdChanged(UUID householdId) {
}
