package vn.giamngheo.monitoring.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Program", requiredProperties = {"projects", "fundingSources", "targets", "indicators"},
        description = "The National Target Program for Sustainable Poverty Reduction as run in the district: projects and sub-projects "
                + "(Decision 90/QĐ-TTg) with their lead units, funding sources, the plan's targets and the indicators reports carry")
public record ProgramDto(List<Project> projects, List<FundingSource> fundingSources, List<Target> targets, List<Indicator> indicators) {

    @Schema(name = "ProgramProject", requiredProperties = {"code", "number", "nameVi", "nameEn", "runsHere", "subProjects"})
    public record Project(
            @Schema(examples = "P3.2") String code,
            @Schema(examples = "3.2") String number,
            String nameVi,
            String nameEn,
            @Schema(description = "The reporting unit that leads it in the district; none for a project that does not run or only groups sub-projects",
                    examples = "YTE") String leadUnitCode,
            String leadUnitName,
            @Schema(description = "A unit named next to the lead", examples = "TTYT") String partnerUnitCode,
            boolean runsHere,
            @Schema(description = "Why it does not run in the district") String notRunReasonVi,
            String notRunReasonEn,
            List<Project> subProjects) {
    }

    @Schema(name = "FundingSource", requiredProperties = {"code", "nameVi", "nameEn"})
    public record FundingSource(@Schema(examples = "NTP_POVERTY") String code, String nameVi, String nameEn) {
    }

    @Schema(name = "ProgramTarget", requiredProperties = {"code", "nameVi", "nameEn", "value", "unit", "comparison"})
    public record Target(
            @Schema(examples = "POVERTY_RATE_CHANGE") String code,
            String nameVi,
            String nameEn,
            @Schema(examples = "-0.6") BigDecimal value,
            @Schema(enumeration = {"PP_PER_YEAR", "PERCENT"}) String unit,
            @Schema(description = "AT_MOST: a figure at or below the value meets it; AT_LEAST: at or above", enumeration = {"AT_MOST", "AT_LEAST"})
            String comparison) {
    }

    @Schema(name = "ReportIndicator", requiredProperties = {"code", "group", "nameVi", "nameEn", "unit", "source", "forCommunes", "departmentCodes"})
    public record Indicator(
            @Schema(examples = "POOR_HOUSEHOLDS") String code,
            @Schema(enumeration = {"POVERTY", "TRANSITION", "DEPRIVATION", "BENEFIT", "ACTIVITY"}) String group,
            String nameVi,
            String nameEn,
            @Schema(enumeration = {"HOUSEHOLDS", "PERSONS", "PERCENT", "VND", "COUNT"}) String unit,
            @Schema(description = "REGISTRY: pre-filled from the registry; UNIT: typed by the unit", enumeration = {"REGISTRY", "UNIT"}) String source,
            @Schema(description = "Communes report it for themselves") boolean forCommunes,
            @Schema(description = "Departments that report it for the district") List<String> departmentCodes) {
    }
}
