package vn.giamngheo.account.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Caller", requiredProperties = {"username", "displayName", "jobRoles", "permissions", "scope"}, description = "The signed-in user or client, with what it may do and see.")
public record CallerDto(
        @Schema(examples = "xa.thuongphuoc1") String username,
        @Schema(examples = "Trần Thị Bích") String displayName,
        @Schema(description = "Job-title roles", examples = "[\"commune-officer\"]") List<String> jobRoles,
        @Schema(description = "Permissions checked by the API", examples = "[\"household:read\", \"household:write\"]") List<String> permissions,
        @Schema(description = "DISTRICT: every commune; COMMUNE: only communeCode; NONE: no personal data") Scope scope,
        @Schema(examples = "29956") String communeCode,
        @Schema(examples = "YTE") String departmentCode) {

    public enum Scope { DISTRICT, COMMUNE, NONE }
}
