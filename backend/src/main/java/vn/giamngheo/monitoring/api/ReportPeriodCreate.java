package vn.giamngheo.monitoring.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.monitoring.domain.PeriodKind;

@Schema(name = "ReportPeriodCreate", requiredProperties = {"kind", "year"},
        description = "A report period. The 6-month report is due on 10 June, the annual report on 10 November, both from every unit; "
                + "an ad-hoc report names its due date, title and units")
public record ReportPeriodCreate(
        @NotNull PeriodKind kind,
        @NotNull @Min(2016) @Max(2100) @Schema(examples = "2026") Integer year,
        @Schema(description = "Required for AD_HOC; for the others it defaults to the plan's date and may be moved") LocalDate dueOn,
        @Size(max = 300) @Schema(description = "Required for AD_HOC; defaults to the plan's wording otherwise") String title,
        @Size(min = 1, max = 100) @Schema(description = "Units that must report; every active unit when absent") List<@Size(max = 20) String> unitCodes) {
}
