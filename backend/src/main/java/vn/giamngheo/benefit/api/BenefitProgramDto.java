package vn.giamngheo.benefit.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.ProgramKind;

@Schema(name = "BenefitProgram", requiredProperties = {"code", "kind", "name", "nameEn", "leadUnit", "legalCitation", "rules"},
        description = "A benefit program with its rule pack. Activities (legal aid, information access) have no rules: they grant nothing to a person.")
public record BenefitProgramDto(
        @Schema(examples = "HEALTH_INSURANCE") String code,
        ProgramKind kind,
        @Schema(examples = "Hỗ trợ đóng bảo hiểm y tế") String name,
        @Schema(examples = "Health-insurance premium support") String nameEn,
        @Schema(examples = "Bảo hiểm xã hội huyện") String leadUnit,
        @Schema(examples = "Nghị định 146/2018/NĐ-CP") String legalCitation,
        String note,
        List<BenefitRuleDto> rules) {
}
