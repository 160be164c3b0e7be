package vn.giamngheo.monitoring.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.monitoring.domain.SubmissionState;
import vn.giamngheo.monitoring.domain.Timeliness;

@Schema(name = "UnitReportStatus", requiredProperties = {"unitCode", "unitName", "unitKind", "timeliness", "daysOverdue"},
        description = "Where one unit stands with a period's report")
public record UnitStatusDto(
        String unitCode,
        String unitName,
        @Schema(enumeration = {"DEPARTMENT", "COMMUNE"}) String unitKind,
        @Schema(description = "None until the unit starts its report") UUID submissionId,
        @Schema(description = "None until the unit starts its report") SubmissionState state,
        Timeliness timeliness,
        Instant firstSubmittedAt,
        @Schema(description = "Days past the due date of a late or missing report") long daysOverdue,
        @Schema(description = "The standing office's comment when the report was returned") String returnComment) {
}
