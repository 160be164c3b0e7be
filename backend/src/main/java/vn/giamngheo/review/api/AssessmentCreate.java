package vn.giamngheo.review.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentCreate", description = "Forms B1 and B2 for one household. Give the income either as form B1's score "
        + "(incomeScore, or the scored answers in incomeScoreItems, which are summed) or as a monthly income per person. "
        + "List every indicator of the cycle's standard once: the service proposes each from the registry's facts, and a "
        + "decision that differs from a proposal needs a reason (the override is kept).")
public record AssessmentCreate(
        @NotNull UUID caseId,
        @NotNull @Schema(examples = "2022-09-20") LocalDate assessedOn,
        @NotBlank @Size(max = 200) @Schema(examples = "Lê Thị Hoa") String reviewerName,
        @Schema(description = "Form A (quick identification) for applicants: false when clearly better off") Boolean screeningPassed,
        @PositiveOrZero @Schema(examples = "1200000") Long monthlyIncomePerCapitaVnd,
        @Min(0) @Max(1000) @Schema(examples = "120") Integer incomeScore,
        @Valid @Size(max = 60) List<@NotNull @Valid ScoreItem> incomeScoreItems,
        @NotNull @Valid @Size(max = 30) List<@NotNull @Valid IndicatorDecision> indicators,
        @Size(max = 1000) String note) {

    @Schema(name = "IncomeScoreItem", description = "One answer of form B1 with the points the reviewer gave it")
    public record ScoreItem(
            @NotBlank @Size(max = 40) @Schema(examples = "HOUSEHOLD_SIZE") String code,
            @Size(max = 200) @Schema(examples = "Số nhân khẩu") String label,
            @NotNull @Min(-500) @Max(500) @Schema(examples = "25") Integer points) {
    }

    @Schema(name = "IndicatorDecision")
    public record IndicatorDecision(
            @NotBlank @Size(max = 40) @Schema(examples = "HEALTH_INSURANCE") String code,
            @NotNull Boolean deprived,
            @Size(max = 500) @Schema(description = "Required when the decision differs from the proposal", examples = "Thẻ BHYT đã gia hạn ngày 15/9") String reason) {
    }
}
