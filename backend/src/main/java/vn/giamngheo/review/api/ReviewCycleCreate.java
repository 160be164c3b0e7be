package vn.giamngheo.review.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.review.domain.ReviewKind;

@Schema(name = "ReviewCycleCreate", description = "Opens a review cycle for every commune. A periodic cycle runs 1 September – 14 December; "
        + "a regular one from the 15th of its month. The standard defaults to the one in force on the reference date, which "
        + "defaults to the day the cycle opens.")
public record ReviewCycleCreate(
        @NotNull ReviewKind kind,
        @NotNull @Min(2016) @Max(2100) @Schema(examples = "2022") Integer year,
        @Min(1) @Max(12) @Schema(description = "Regular cycles only", examples = "3") Integer month,
        @Size(max = 20) @Schema(examples = "ND07_2021") String standardCode,
        @Schema(description = "Ages, card validity and school attendance are judged on this date", examples = "2022-10-01") LocalDate referenceDate) {
}
