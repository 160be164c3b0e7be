package vn.giamngheo.classification.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.domain.AreaType;

@Schema(name = "PovertyEvaluationRequest", requiredProperties = {"areaType", "deprivations"},
        description = "A household's answers. Exactly one of monthlyIncomePerCapitaVnd and incomeScore.")
public record PovertyEvaluationRequest(
        @Size(max = 20) @Schema(nullable = true, description = "Defaults to the standard in force on referenceDate", examples = "ND07_2021") String standardCode,
        @Schema(nullable = true, description = "Defaults to today", examples = "2022-10-01") LocalDate referenceDate,
        @NotNull AreaType areaType,
        @PositiveOrZero @Max(10_000_000_000L) @Schema(nullable = true, examples = "1400000") Long monthlyIncomePerCapitaVnd,
        @PositiveOrZero @Max(10_000) @Schema(nullable = true, description = "Score A of form B1", examples = "120") Integer incomeScore,
        @NotNull @Size(max = 20) @Schema(description = "Indicator codes the household is deprived on", examples = "[\"HEALTH_INSURANCE\", \"SANITATION\", \"HOUSING_AREA\"]")
        List<@NotNull String> deprivations) {
}
