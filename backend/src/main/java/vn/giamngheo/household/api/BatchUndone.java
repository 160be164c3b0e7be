package vn.giamngheo.household.api;

/** What undoing a batch did: households removed again (created by it) and restored (changed by it). */
public record BatchUndone(int removed, int restored) {
}
