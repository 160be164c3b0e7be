package vn.giamngheo.monitoring.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionList", requiredProperties = {"items"}, description = "A period's submissions by unit (at most one per unit)")
public record SubmissionList(List<SubmissionSummary> items) {
}
