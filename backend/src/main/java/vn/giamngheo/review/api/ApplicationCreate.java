package vn.giamngheo.review.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApplicationCreate", description = "A household's request to be reviewed (Form 01, Decision 24/2021) adds it to the cycle's list")
public record ApplicationCreate(
        @NotNull UUID householdId,
        @NotNull @Schema(description = "The day the commune received Form 01", examples = "2022-09-12") LocalDate appliedOn) {
}
