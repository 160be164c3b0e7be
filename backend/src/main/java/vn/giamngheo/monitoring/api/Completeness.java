package vn.giamngheo.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Completeness", requiredProperties = {"expected", "submitted", "onTime", "late", "missing", "pending", "accepted", "returned",
        "completenessPercent", "timelinessPercent"},
        description = "How many of the units that must report have done so, and in time")
public record Completeness(
        long expected,
        @Schema(description = "Handed in at least once") long submitted,
        long onTime,
        long late,
        @Schema(description = "Not handed in and the due date has passed") long missing,
        @Schema(description = "Not handed in, the due date still ahead") long pending,
        long accepted,
        @Schema(description = "Returned and not yet resubmitted") long returned,
        @Schema(description = "submitted / expected × 100", examples = "81.82") double completenessPercent,
        @Schema(description = "on time / expected × 100", examples = "72.73") double timelinessPercent) {
}
