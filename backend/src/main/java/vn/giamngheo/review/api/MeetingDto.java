package vn.giamngheo.review.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.PovertyStatus;

@Schema(name = "Meeting", requiredProperties = {"id", "communeReviewId", "hamletCode", "heldOn", "chairName", "attendees", "votes"})
public record MeetingDto(UUID id, UUID communeReviewId, String hamletCode, LocalDate heldOn, String chairName, int attendees,
                         String minutesNote, List<VoteDto> votes) {

    @Schema(name = "MeetingVoteResult", requiredProperties = {"caseId", "householdCode", "headName", "agree", "proposedStatus", "agreed"})
    public record VoteDto(UUID caseId, String householdCode, String headName, int agree, PovertyStatus proposedStatus,
                          @Schema(description = "At least half of the attendees agreed") boolean agreed) {
    }
}
