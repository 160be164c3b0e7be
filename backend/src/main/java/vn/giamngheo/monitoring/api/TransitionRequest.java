package vn.giamngheo.monitoring.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.monitoring.domain.SubmissionAction;

@Schema(name = "SubmissionTransition", requiredProperties = {"action"},
        description = "SUBMIT (the unit; a returned report is resubmitted), RETURN with a comment or ACCEPT (the standing office)")
public record TransitionRequest(
        @NotNull SubmissionAction action,
        @Size(max = 2000) @Schema(description = "Required for RETURN: what to correct", examples = "Số hộ cận nghèo chưa khớp với sổ hộ, đề nghị kiểm tra lại")
        String comment) {
}
