package vn.giamngheo.household.api;

import java.util.Set;
import java.util.UUID;

/**
 * Fired in the same transaction when households' records or rosters changed (members, head, archive, an import or
 * its undo), on behalf of {@code actor}: the caller, or whoever requested the import.
 */
public record HouseholdChanged(Set<UUID> householdIds, String actor) {
    public HouseholdChanged {
        householdIds = Set.copyOf(householdIds);
    }

    public static HouseholdChanged of(UUID householdId, String actor) {
        return new HouseholdChanged(Set.of(householdId), actor);
    }
}
