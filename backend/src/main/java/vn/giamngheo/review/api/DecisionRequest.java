package vn.giamngheo.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest", description = "The commune chairman's decision recognising the lists; only after the posting "
        + "window has ended and every complaint is resolved.")
public record DecisionRequest(
        @NotBlank @Size(max = 50) @Schema(examples = "125/QĐ-UBND") String decisionNumber,
        @NotNull @Schema(examples = "2022-11-10") LocalDate decidedOn) {
}
