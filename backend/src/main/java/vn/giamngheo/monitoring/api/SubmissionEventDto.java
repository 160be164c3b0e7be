package vn.giamngheo.monitoring.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.monitoring.domain.SubmissionState;

@Schema(name = "SubmissionEvent", requiredProperties = {"action", "toState", "occurredAt", "actor"})
public record SubmissionEventDto(
        @Schema(enumeration = {"CREATE", "SUBMIT", "RETURN", "ACCEPT"}) String action,
        SubmissionState fromState,
        SubmissionState toState,
        String comment,
        Instant occurredAt,
        String actor) {
}
