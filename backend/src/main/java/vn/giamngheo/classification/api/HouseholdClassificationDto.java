package vn.giamngheo.classification.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.classification.domain.IndicatorFinding;
import vn.giamngheo.classification.domain.PovertyStatus;

@Schema(name = "HouseholdClassification", requiredProperties = {"householdId", "householdCode", "headName", "communeCode", "areaType",
        "referenceDate", "standardCode", "standardName", "legalCitation", "incomeLineVnd", "deprivationCount", "indicators",
        "explanation", "incomplete", "unconfirmed"},
        description = "The classification card: income against the line and each indicator proposed from the registry's facts, "
                + "with the facts that triggered it and the rule version. A proposal for the reviewer, not a decision.")
public record HouseholdClassificationDto(
        UUID householdId,
        @Schema(examples = "29956-000123") String householdCode,
        String headName,
        String communeCode,
        AreaType areaType,
        LocalDate referenceDate,
        @Schema(examples = "ND07_2021") String standardCode,
        String standardName,
        String legalCitation,
        @Schema(description = "Recorded estimate; null when not recorded") Long monthlyIncomePerCapitaVnd,
        long incomeLineVnd,
        Long middleIncomeCeilingVnd,
        @Schema(description = "Null when the income is not recorded: the reviewer's form B1 decides") PovertyStatus status,
        int deprivationCount,
        Integer deprivationScore,
        List<IndicatorFindingDto> indicators,
        List<PovertyEvaluationDto.ExplanationDto> explanation,
        @Schema(description = "Some indicator or the income could not be derived from the registry") boolean incomplete,
        List<String> unconfirmed) {

    @Schema(name = "IndicatorFinding", requiredProperties = {"code", "dimension", "nameVi", "nameEn", "outcome", "rule", "evidence"})
    public record IndicatorFindingDto(
            @Schema(examples = "HEALTH_INSURANCE") String code,
            @Schema(examples = "HEALTH") String dimension,
            String nameVi,
            String nameEn,
            IndicatorFinding.Outcome outcome,
            @Schema(examples = "a member aged 6 or older has no valid health-insurance card") String rule,
            List<EvidenceDto> evidence) {
    }

    @Schema(name = "Evidence", requiredProperties = {"subject", "fact"}, description = "A fact that decided an indicator")
    public record EvidenceDto(
            @Schema(description = "A member's name, or \"household\"", examples = "Nguyễn Văn An") String subject,
            @Schema(examples = "healthInsuranceExpiry") String fact,
            @Schema(examples = "2021-12-31") String value) {
    }
}
