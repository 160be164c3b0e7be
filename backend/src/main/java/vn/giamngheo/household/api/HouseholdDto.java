package vn.giamngheo.household.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.ArchiveReason;

@Schema(name = "Household", requiredProperties = {"id", "code", "communeCode", "communeName", "hamletCode", "hamletName", "address", "headName", "housing", "members", "archived", "createdAt", "createdBy", "updatedAt", "updatedBy", "version"}, description = "A household with its current members. `version` is also sent as the ETag.")
public record HouseholdDto(
        UUID id,
        @Schema(description = "Stable public code", examples = "29956-000123") String code,
        @Schema(examples = "29956") String communeCode,
        @Schema(examples = "Xã Thường Phước 1") String communeName,
        @Schema(examples = "29956-02") String hamletCode,
        @Schema(examples = "Ấp 2") String hamletName,
        String address,
        String phone,
        UUID headMemberId,
        @Schema(examples = "Nguyễn Văn An") String headName,
        Long monthlyIncomePerCapitaVnd,
        HousingDto housing,
        List<MemberDto> members,
        boolean archived,
        Instant archivedAt,
        ArchiveReason archiveReason,
        String archiveNote,
        UUID mergedIntoHouseholdId,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        @Schema(examples = "3") long version) {
}
