package vn.giamngheo.monitoring.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingUnitList", requiredProperties = {"items"})
public record ReportingUnitList(List<ReportingUnitDto> items) {
}
