package vn.giamngheo.review.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.review.domain.CycleState;
import vn.giamngheo.review.domain.ReviewKind;

@Schema(name = "ReviewCycle", requiredProperties = {"id", "kind", "year", "standardCode", "referenceDate", "opensOn", "closesOn", "state",
        "communes", "version"},
        description = "A review cycle with the stage and progress of each commune the caller may see")
public record ReviewCycleDto(
        UUID id,
        ReviewKind kind,
        @Schema(examples = "2022") int year,
        Integer month,
        @Schema(examples = "ND07_2021") String standardCode,
        LocalDate referenceDate,
        LocalDate opensOn,
        LocalDate closesOn,
        CycleState state,
        Instant consolidatedAt,
        String consolidatedBy,
        List<CommuneReviewDto> communes,
        long version) {
}
