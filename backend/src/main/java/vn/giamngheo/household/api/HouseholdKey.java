package vn.giamngheo.household.api;

import java.util.UUID;

/** What a bulk job needs to know of a registered household to match records to it. */
public record HouseholdKey(UUID id, String code, String communeCode, boolean archived) {
}
