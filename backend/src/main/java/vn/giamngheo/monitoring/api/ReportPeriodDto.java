package vn.giamngheo.monitoring.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.monitoring.domain.PeriodKind;

@Schema(name = "ReportPeriod", requiredProperties = {"id", "kind", "year", "title", "coversFrom", "coversTo", "dueOn", "unitCodes", "completeness"})
public record ReportPeriodDto(
        UUID id,
        PeriodKind kind,
        int year,
        String title,
        LocalDate coversFrom,
        LocalDate coversTo,
        @Schema(description = "Reports handed in on or before this day are on time") LocalDate dueOn,
        List<String> unitCodes,
        Completeness completeness) {
}
