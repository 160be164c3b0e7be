package vn.giamngheo.benefit.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.Coverage;
import vn.giamngheo.benefit.domain.CoverageBasis;
import vn.giamngheo.benefit.domain.ProgramKind;

@Schema(name = "ProgramCoverage", requiredProperties = {"programCode", "programKind", "asOf", "targetPercent", "basis", "communes", "total", "programName"},
        description = "How far a program reaches its people today, per commune in the caller's scope (every commune appears, with zeros) "
                + "and in total. The plan's 100 % targets: health-insurance cards for every poor and near-poor person; loans and "
                + "vocational training for everyone eligible who wants one.")
public record ProgramCoverage(
        @Schema(examples = "HEALTH_INSURANCE") String programCode,
        ProgramKind programKind,
        @Schema(description = "Today in Asia/Ho_Chi_Minh: the day the numbers hold for", examples = "2026-11-26") LocalDate asOf,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER, nullable = true, examples = "100",
                description = "100 where the plan sets a target (health insurance, loans, vocational training); null otherwise")
        BigDecimal targetPercent,
        @Schema(description = "The denominator: ALL_ENTITLED (everyone entitled today) or REQUESTED (those entitled who asked for it)")
        CoverageBasis basis,
        List<CommuneCoverage> communes,
        CommuneCoverage total,
        @Schema(examples = "Hỗ trợ đóng bảo hiểm y tế", description = "The program's Vietnamese name") String programName) {
}
