package vn.giamngheo.monitoring.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionVersion", requiredProperties = {"number", "submittedAt", "submittedBy", "content", "changes"},
        description = "What the unit handed in, with the fields changed since the previous version")
public record SubmissionVersionDto(int number, Instant submittedAt, String submittedBy, SubmissionContentDto content, List<Change> changes) {

    @Schema(name = "SubmissionChange", requiredProperties = {"field"})
    public record Change(
            @Schema(examples = "indicators.NEAR_POOR_HOUSEHOLDS") String field,
            @Schema(description = "None when the field was empty") String before,
            @Schema(description = "None when the field was cleared") String after) {
    }
}
