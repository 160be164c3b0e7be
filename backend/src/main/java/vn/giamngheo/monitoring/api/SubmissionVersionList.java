package vn.giamngheo.monitoring.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionVersionList", requiredProperties = {"items"}, description = "Every version handed in, oldest first")
public record SubmissionVersionList(List<SubmissionVersionDto> items) {
}
