package vn.giamngheo.monitoring.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionContent", requiredProperties = {"indicators", "narratives", "budget"},
        description = "What the unit reports: indicator values by code (omitted: not reported), the narrative sections, budget per project and source")
public record SubmissionContentDto(
        @NotNull @Size(max = 100) @Schema(description = "Indicator code → value", examples = "{\"POOR_HOUSEHOLDS\": 12, \"JOB_PLACEMENTS\": 40}")
        Map<@Size(max = 40) String, @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 2) BigDecimal> indicators,
        @NotNull @Valid Narratives narratives,
        @NotNull @Size(max = 100) List<@NotNull @Valid BudgetLineDto> budget) {

    @Schema(name = "SubmissionNarratives", description = "The report's text: results, difficulties and proposals")
    public record Narratives(
            @Size(max = 10000) String results,
            @Size(max = 10000) String difficulties,
            @Size(max = 10000) String proposals) {
    }

    @Schema(name = "BudgetLine", requiredProperties = {"projectCode", "sourceCode", "allocatedVnd", "disbursedVnd"})
    public record BudgetLineDto(
            @NotBlank @Size(max = 10) @Schema(examples = "P2") String projectCode,
            @NotBlank @Size(max = 24) @Schema(examples = "NTP_POVERTY") String sourceCode,
            @NotNull @PositiveOrZero @Schema(examples = "250000000") Long allocatedVnd,
            @NotNull @PositiveOrZero @Schema(examples = "120000000") Long disbursedVnd) {
    }
}
