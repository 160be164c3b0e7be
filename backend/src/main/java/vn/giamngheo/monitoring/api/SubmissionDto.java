package vn.giamngheo.monitoring.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.monitoring.domain.SubmissionState;
import vn.giamngheo.monitoring.domain.Timeliness;

@Schema(name = "Submission", requiredProperties = {"id", "periodId", "unitCode", "unitName", "state", "version", "indicators", "narratives", "budget",
        "registryBasis", "timeliness", "attachments", "events", "versions", "editable"},
        description = "A unit's report for a period. Its ETag is the version; an update sends it back in If-Match")
public record SubmissionDto(
        UUID id,
        UUID periodId,
        String unitCode,
        String unitName,
        SubmissionState state,
        long version,
        @Schema(description = "Every indicator the unit reports, with the registry's figure and a flag where they disagree")
        List<IndicatorValueDto> indicators,
        SubmissionContentDto.Narratives narratives,
        List<SubmissionContentDto.BudgetLineDto> budget,
        @Schema(description = "Where the registry's figures come from", examples = "Sổ hộ: kết quả rà soát năm 2025 (đã tổng hợp); hưởng chính sách đến ngày 10/06/2026")
        String registryBasis,
        Timeliness timeliness,
        Instant firstSubmittedAt,
        Instant lastSubmittedAt,
        String returnComment,
        Instant returnedAt,
        Instant acceptedAt,
        String acceptedBy,
        List<AttachmentDto> attachments,
        List<SubmissionEventDto> events,
        @Schema(description = "Versions handed in so far") int versions,
        @Schema(description = "The unit may still change it (draft or returned)") boolean editable) {
}
