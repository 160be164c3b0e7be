package vn.giamngheo.review.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostingRequest", description = "The public posting (niêm yết) of the commune's results at the hamlets and the "
        + "commune office: every case must have been agreed by its meeting, and the window must cover the minimum working days.")
public record PostingRequest(
        @NotNull @Schema(examples = "2022-10-24") LocalDate postedFrom,
        @NotNull @Schema(examples = "2022-10-28") LocalDate postedTo) {
}
