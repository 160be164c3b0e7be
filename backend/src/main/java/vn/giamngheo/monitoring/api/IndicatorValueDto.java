package vn.giamngheo.monitoring.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorValue", requiredProperties = {"code", "group", "nameVi", "nameEn", "unit", "source", "differsFromRegistry"})
public record IndicatorValueDto(
        String code,
        String group,
        String nameVi,
        String nameEn,
        String unit,
        @Schema(enumeration = {"REGISTRY", "UNIT"}) String source,
        @Schema(description = "The unit's figure; none when not reported") BigDecimal value,
        @Schema(description = "The registry's figure, for registry indicators") BigDecimal registryValue,
        @Schema(description = "The unit's figure disagrees with the registry's") boolean differsFromRegistry) {
}
