package vn.giamngheo.review.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.review.domain.CommuneStage;

@Schema(name = "CommuneReview", requiredProperties = {"id", "cycleId", "communeCode", "communeName", "stage", "householdsAtStart", "progress",
        "meetings", "late", "version"})
public record CommuneReviewDto(
        UUID id,
        UUID cycleId,
        @Schema(examples = "29956") String communeCode,
        @Schema(examples = "Xã Thường Phước 1") String communeName,
        CommuneStage stage,
        LocalDate postedFrom,
        LocalDate postedTo,
        @Schema(examples = "125/QĐ-UBND") String decisionNumber,
        LocalDate decidedOn,
        @Schema(description = "Households registered in the commune when the cycle opened (the rate's denominator)") int householdsAtStart,
        CaseProgressDto progress,
        @Schema(description = "Community meetings recorded") long meetings,
        @Schema(description = "The cycle's closing date has passed and the commune has not decided") boolean late,
        long version) {
}
