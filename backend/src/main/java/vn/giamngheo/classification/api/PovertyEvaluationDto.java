package vn.giamngheo.classification.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.classification.domain.PovertyStatus;

@Schema(name = "PovertyEvaluation", requiredProperties = {"standardCode", "standardName", "legalCitation", "referenceDate", "areaType",
        "status", "deprivationCount", "incomeLineVnd", "incomeAtOrBelowLine", "explanation", "deprivedIndicators", "unconfirmed"},
        description = "How the standard classifies the answers, and why. An estimate: the official status comes from the commune's review.")
public record PovertyEvaluationDto(
        @Schema(examples = "ND07_2021") String standardCode,
        @Schema(description = "In the Accept-Language: Vietnamese by default, English on request") String standardName,
        String legalCitation,
        LocalDate referenceDate,
        AreaType areaType,
        @Schema(examples = "POOR") PovertyStatus status,
        @Schema(examples = "3") int deprivationCount,
        @Schema(description = "Score B, where the standard is scored", examples = "30") Integer deprivationScore,
        @Schema(examples = "1500000") long incomeLineVnd,
        Long middleIncomeCeilingVnd,
        Integer incomeScoreLine,
        boolean incomeAtOrBelowLine,
        @Schema(description = "The steps of the rule, in plain words in the Accept-Language (Vietnamese by default)") List<ExplanationDto> explanation,
        List<IndicatorDto> deprivedIndicators,
        @Schema(description = "Unconfirmed values of the standard") List<String> unconfirmed) {

    @Schema(name = "Explanation", requiredProperties = {"code", "text"})
    public record ExplanationDto(@Schema(examples = "INCOME_AT_OR_BELOW_LINE") String code,
                                 @Schema(examples = "Thu nhập 1.400.000 đồng/người/tháng bằng hoặc thấp hơn chuẩn nghèo 1.500.000 đồng.") String text) {
    }
}
