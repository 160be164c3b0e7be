package vn.giamngheo.household.api;

/** What one bulk write did. */
public record BulkWritten(int created, int updated, int membersWritten) {
}
