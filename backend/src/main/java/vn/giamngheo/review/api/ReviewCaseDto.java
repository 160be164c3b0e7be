package vn.giamngheo.review.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewCase", requiredProperties = {"summary", "cycleId", "communeReviewId", "standardCode", "referenceDate", "assessments",
        "votes", "complaints"},
        description = "A household's review: its assessments (newest first), the meeting votes on it and any complaints")
public record ReviewCaseDto(
        ReviewCaseSummary summary,
        UUID cycleId,
        UUID communeReviewId,
        String standardCode,
        java.time.LocalDate referenceDate,
        List<AssessmentDto> assessments,
        List<MeetingDto.VoteDto> votes,
        List<ComplaintDto> complaints) {
}
