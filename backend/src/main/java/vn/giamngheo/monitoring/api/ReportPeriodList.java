package vn.giamngheo.monitoring.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportPeriodList", requiredProperties = {"items"}, description = "Report periods, newest first")
public record ReportPeriodList(List<ReportPeriodDto> items) {
}
