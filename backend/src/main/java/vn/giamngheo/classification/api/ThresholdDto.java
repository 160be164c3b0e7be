package vn.giamngheo.classification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.domain.AreaType;

@Schema(name = "PovertyThreshold", requiredProperties = {"areaType", "povertyLineVnd"},
        description = "The lines of a standard for rural or urban areas, in VND per person and month.")
public record ThresholdDto(
        AreaType areaType,
        @Schema(examples = "1500000") long povertyLineVnd,
        @Schema(description = "2016–2021 only: top of the band where deprivations decide", examples = "1000000") Long nearPoorCeilingVnd,
        @Schema(examples = "2250000") Long middleIncomeCeilingVnd,
        @Schema(description = "Score A (form B1) standing for the poverty line", examples = "140") Integer incomeScoreLine) {
}
