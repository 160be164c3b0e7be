package vn.giamngheo.review.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.api.HouseholdClassificationDto.EvidenceDto;
import vn.giamngheo.classification.domain.IndicatorFinding;
import vn.giamngheo.classification.domain.PovertyStatus;

@Schema(name = "Assessment", requiredProperties = {"id", "caseId", "assessedOn", "assessedBy", "reviewerName", "indicators", "deprivationCount",
        "status", "standardCode", "createdAt"})
public record AssessmentDto(
        UUID id,
        UUID caseId,
        LocalDate assessedOn,
        @Schema(description = "The account that recorded it") String assessedBy,
        String reviewerName,
        Boolean screeningPassed,
        Long monthlyIncomePerCapitaVnd,
        Integer incomeScore,
        List<AssessmentCreate.ScoreItem> incomeScoreItems,
        List<IndicatorAssessment> indicators,
        int deprivationCount,
        Integer deprivationScore,
        PovertyStatus status,
        String standardCode,
        String note,
        Instant createdAt) {

    @Schema(name = "IndicatorAssessment", requiredProperties = {"code", "proposed", "evidence", "deprived", "overridden"})
    public record IndicatorAssessment(
            String code,
            @Schema(description = "What the registry's facts suggested") IndicatorFinding.Outcome proposed,
            String rule,
            List<EvidenceDto> evidence,
            @Schema(description = "The reviewer's decision") boolean deprived,
            @Schema(description = "The decision differs from a definite proposal") boolean overridden,
            String reason) {
    }
}
