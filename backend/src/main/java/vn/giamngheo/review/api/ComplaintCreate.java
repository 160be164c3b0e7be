package vn.giamngheo.review.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplaintCreate", description = "A complaint about a posted result; the case is disputed until the re-check resolves it")
public record ComplaintCreate(
        @NotNull UUID caseId,
        @NotNull @Schema(examples = "2022-10-26") LocalDate receivedOn,
        @NotBlank @Size(max = 200) @Schema(examples = "Phạm Thị Lan") String complainant,
        @NotBlank @Size(max = 2000) @Schema(examples = "Hộ có xe tải, không thuộc diện nghèo") String content) {
}
