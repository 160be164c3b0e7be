package vn.giamngheo.monitoring.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.monitoring.domain.SubmissionState;
import vn.giamngheo.monitoring.domain.Timeliness;

@Schema(name = "SubmissionSummary", requiredProperties = {"id", "periodId", "unitCode", "unitName", "state", "timeliness", "differingIndicators"})
public record SubmissionSummary(
        UUID id,
        UUID periodId,
        String unitCode,
        String unitName,
        SubmissionState state,
        Timeliness timeliness,
        Instant firstSubmittedAt,
        Instant lastSubmittedAt,
        @Schema(description = "Indicators whose figure disagrees with the registry's") int differingIndicators) {
}
