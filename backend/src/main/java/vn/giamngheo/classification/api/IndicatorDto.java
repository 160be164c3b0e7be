package vn.giamngheo.classification.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", requiredProperties = {"code", "dimension", "nameVi", "nameEn", "descriptionVi", "descriptionEn"},
        description = "A deprivation indicator; the codes are the same in the API, the database, imports and the SPA.")
public record IndicatorDto(
        @Schema(examples = "HEALTH_INSURANCE") String code,
        @Schema(description = "EMPLOYMENT, HEALTH, EDUCATION, HOUSING, WATER_SANITATION, INFORMATION or ENVIRONMENT", examples = "HEALTH") String dimension,
        @Schema(examples = "Bảo hiểm y tế") String nameVi,
        @Schema(examples = "Health insurance") String nameEn,
        String descriptionVi,
        String descriptionEn) {
}
