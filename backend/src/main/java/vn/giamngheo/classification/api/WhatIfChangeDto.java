package vn.giamngheo.classification.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.PovertyStatus;

@Schema(name = "WhatIfChange", requiredProperties = {"householdId", "householdCode", "headName", "communeCode", "communeName",
        "hamletCode", "hamletName", "fromStatus", "toStatus", "deprivationCount", "monthlyIncomePerCapitaVnd"},
        description = "A household whose status would change under the run's standard. Personal data: reads are audited.")
public record WhatIfChangeDto(
        UUID householdId,
        @Schema(examples = "29956-000123") String householdCode,
        @Schema(description = "The head today", examples = "Nguyễn Văn An") String headName,
        @Schema(examples = "29956") String communeCode,
        @Schema(examples = "Xã Thường Phước 1") String communeName,
        @Schema(examples = "29956-02") String hamletCode,
        @Schema(examples = "Ấp 2") String hamletName,
        @Schema(description = "Current status", examples = "NOT_POOR") PovertyStatus fromStatus,
        @Schema(description = "Status under the run's standard", examples = "NEAR_POOR") PovertyStatus toStatus,
        @Schema(description = "Indicators the registry's facts show as deprived on the reference date", examples = "2") int deprivationCount,
        @Schema(description = "The recorded income the run classified", examples = "1900000") long monthlyIncomePerCapitaVnd) {
}
