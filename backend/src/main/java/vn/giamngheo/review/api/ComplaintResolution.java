package vn.giamngheo.review.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.review.domain.ComplaintOutcome;

@Schema(name = "ComplaintResolution", description = "UPHELD needs a re-check assessment recorded after the complaint; its result "
        + "becomes the proposed status, and a changed result must be posted again.")
public record ComplaintResolution(
        @NotNull ComplaintOutcome outcome,
        @NotNull @Schema(examples = "2022-10-31") LocalDate resolvedOn,
        @Size(max = 2000) String note) {
}
