package vn.giamngheo.household.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdSummary", requiredProperties = {"id", "code", "communeCode", "communeName", "hamletCode", "hamletName", "address", "headName", "memberCount", "archived", "updatedAt"}, description = "A row of the household list; no identity numbers.")
public record HouseholdSummary(
        UUID id,
        @Schema(examples = "29956-000123") String code,
        @Schema(examples = "29956") String communeCode,
        @Schema(examples = "Xã Thường Phước 1") String communeName,
        @Schema(examples = "29956-02") String hamletCode,
        @Schema(examples = "Ấp 2") String hamletName,
        String address,
        @Schema(examples = "Nguyễn Văn An") String headName,
        @Schema(examples = "4") int memberCount,
        boolean archived,
        Instant updatedAt) {
}
