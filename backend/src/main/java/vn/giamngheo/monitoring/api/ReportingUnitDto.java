package vn.giamngheo.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportingUnit", requiredProperties = {"code", "kind", "nameVi", "nameEn", "standingOffice"},
        description = "A department or commune that sends reports to the district's standing office")
public record ReportingUnitDto(
        @Schema(description = "Departments: the department_code of their officers' tokens; communes: XA- and the commune code", examples = "YTE")
        String code,
        @Schema(enumeration = {"DEPARTMENT", "COMMUNE"}) String kind,
        String nameVi,
        String nameEn,
        @Schema(examples = "29956") String communeCode,
        @Schema(description = "The district Steering Committee's standing office (Phòng LĐ-TB&XH)") boolean standingOffice) {
}
