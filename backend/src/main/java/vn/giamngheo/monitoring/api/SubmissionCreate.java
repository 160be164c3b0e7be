package vn.giamngheo.monitoring.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionCreate", requiredProperties = {"unitCode"})
public record SubmissionCreate(
        @NotBlank @Size(max = 20) @Schema(description = "The reporting unit; a unit's staff may only name their own", examples = "XA-29956")
        String unitCode) {
}
