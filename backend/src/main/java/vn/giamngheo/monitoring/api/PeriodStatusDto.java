package vn.giamngheo.monitoring.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PeriodStatus", requiredProperties = {"period", "units"},
        description = "A period with every unit that must report and where it stands; a unit's staff see their own unit only")
public record PeriodStatusDto(ReportPeriodDto period, List<UnitStatusDto> units) {
}
