package vn.giamngheo.monitoring.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Coverage", requiredProperties = {"targetPercent", "communes", "district"},
        description = "Health insurance, loans and training delivered against the plan's 100 %, from live entitlements")
public record CoverageDto(@Schema(examples = "100") double targetPercent, List<AreaCoverage> communes, AreaCoverage district) {

    @Schema(name = "AreaCoverage", requiredProperties = {"areaCode", "areaName", "healthInsurance", "loans", "training"})
    public record AreaCoverage(String areaCode, String areaName, Measure healthInsurance, Measure loans, Measure training) {
    }

    @Schema(name = "CoverageMeasure", requiredProperties = {"served", "toServe", "meetsTarget"},
            description = "Health insurance: cards issued of members entitled; loans: disbursed of those who asked; training: trained of those who asked")
    public record Measure(
            long served,
            long toServe,
            @Schema(description = "served / toServe × 100; none when nobody is to be served", examples = "96.5") Double percent,
            boolean meetsTarget) {
    }
}
