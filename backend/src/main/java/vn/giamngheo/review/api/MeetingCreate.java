package vn.giamngheo.review.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingCreate", description = "A hamlet's community meeting (họp dân) and its votes: a result stands when at least "
        + "half of the attendees agree with it; otherwise the household goes back for a new assessment.")
public record MeetingCreate(
        @NotBlank @Size(max = 16) @Schema(examples = "29956") String communeCode,
        @NotBlank @Size(max = 16) @Schema(examples = "2995601") String hamletCode,
        @NotNull @Schema(examples = "2022-10-15") LocalDate heldOn,
        @NotBlank @Size(max = 200) @Schema(description = "The hamlet head who chaired it", examples = "Trần Văn Bảy") String chairName,
        @NotNull @Min(1) @Schema(examples = "40") Integer attendees,
        @Size(max = 2000) String minutesNote,
        @NotEmpty @Size(max = 500) @Valid List<@NotNull @Valid Vote> votes) {

    @Schema(name = "MeetingVote")
    public record Vote(@NotNull UUID caseId, @NotNull @Min(0) @Schema(description = "Attendees agreeing with the proposed result", examples = "31") Integer agree) {
    }
}
