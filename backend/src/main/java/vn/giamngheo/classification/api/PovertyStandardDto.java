package vn.giamngheo.classification.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.ClassificationRule;

@Schema(name = "PovertyStandard", requiredProperties = {"code", "name", "nameEn", "legalCitation", "validFrom", "rule", "deprivationCutoff",
        "thresholds", "indicators", "unconfirmed"},
        description = "A poverty standard as a versioned rule pack, with the legal text it comes from.")
public record PovertyStandardDto(
        @Schema(examples = "ND07_2021") String code,
        @Schema(examples = "Chuẩn nghèo đa chiều giai đoạn 2022–2025") String name,
        @Schema(examples = "Multidimensional poverty standard 2022–2025") String nameEn,
        @Schema(examples = "Nghị định 07/2021/NĐ-CP ngày 27/01/2021, Điều 3") String legalCitation,
        LocalDate validFrom,
        LocalDate validTo,
        ClassificationRule rule,
        @Schema(description = "Deprivations from which an income-poor household is poor", examples = "3") int deprivationCutoff,
        @Schema(description = "Score B points per deprived indicator, where the standard is scored", examples = "10") Integer scorePointsPerIndicator,
        List<ThresholdDto> thresholds,
        List<IndicatorDto> indicators,
        @Schema(description = "Values the legal sources did not confirm: editable data, shown with a caution",
                examples = "[\"thresholds.RURAL.middleIncomeCeilingVnd\"]") List<String> unconfirmed) {
}
