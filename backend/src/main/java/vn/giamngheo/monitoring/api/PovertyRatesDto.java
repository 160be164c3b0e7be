package vn.giamngheo.monitoring.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PovertyRates", requiredProperties = {"targetChangePp", "years", "communes", "district"},
        description = "Poverty and near-poverty rates by commune and review year, the change against the plan's −0.6 pp a year")
public record PovertyRatesDto(
        @Schema(examples = "-0.6") double targetChangePp,
        List<Integer> years,
        List<AreaRates> communes,
        @Schema(description = "The district, or the caller's commune for commune staff") AreaRates district) {

    @Schema(name = "AreaRates", requiredProperties = {"areaCode", "areaName", "years"})
    public record AreaRates(String areaCode, String areaName, List<YearRates> years) {
    }

    @Schema(name = "YearRates", requiredProperties = {"year", "households", "poorStart", "nearPoorStart", "poorRateStart", "nearPoorRateStart",
            "provisional"})
    public record YearRates(
            int year,
            @Schema(description = "Households at the start of the review") long households,
            long poorStart,
            long nearPoorStart,
            @Schema(description = "None until the commune has decided") Long poor,
            Long nearPoor,
            double poorRateStart,
            double nearPoorRateStart,
            @Schema(examples = "2.41") Double poorRate,
            Double nearPoorRate,
            @Schema(description = "poorRate − poorRateStart in percentage points", examples = "-0.71") Double poorRateChangePp,
            @Schema(description = "The change is −0.6 pp or better") Boolean meetsTarget,
            @Schema(description = "The review is not consolidated yet: end figures may change") boolean provisional) {
    }
}
