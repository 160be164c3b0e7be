package vn.giamngheo.review.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.review.domain.CaseOrigin;
import vn.giamngheo.review.domain.CaseState;

@Schema(name = "ReviewCaseSummary", requiredProperties = {"id", "householdId", "householdCode", "headName", "communeCode", "hamletCode",
        "hamletName", "origin", "statusStart", "state", "openComplaints", "version"})
public record ReviewCaseSummary(
        UUID id,
        UUID householdId,
        @Schema(examples = "29956-000123") String householdCode,
        @Schema(examples = "Nguyễn Văn An") String headName,
        String communeCode,
        String hamletCode,
        @Schema(examples = "Ấp 1") String hamletName,
        CaseOrigin origin,
        LocalDate appliedOn,
        @Schema(description = "Status when the cycle opened") PovertyStatus statusStart,
        CaseState state,
        @Schema(description = "From the latest assessment") PovertyStatus proposedStatus,
        @Schema(description = "Set by the commune decision") PovertyStatus finalStatus,
        Integer deprivationCount,
        int openComplaints,
        long version) {
}
