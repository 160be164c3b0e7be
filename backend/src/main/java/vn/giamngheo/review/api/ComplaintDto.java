package vn.giamngheo.review.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.review.domain.ComplaintOutcome;

@Schema(name = "Complaint", requiredProperties = {"id", "caseId", "receivedOn", "complainant", "content", "state", "recordedBy"})
public record ComplaintDto(UUID id, UUID caseId, LocalDate receivedOn, String complainant, String content,
                           @Schema(enumeration = {"OPEN", "RESOLVED"}) String state, ComplaintOutcome outcome,
                           PovertyStatus recheckedStatus, String resolutionNote, LocalDate resolvedOn, String resolvedBy,
                           String recordedBy) {
}
