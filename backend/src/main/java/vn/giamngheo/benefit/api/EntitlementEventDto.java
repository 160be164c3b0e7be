package vn.giamngheo.benefit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.benefit.domain.EntitlementEventKind;
import vn.giamngheo.benefit.domain.EntitlementState;

@Schema(name = "EntitlementEvent", requiredProperties = {"kind", "toState", "occurredOn", "detail", "recordedAt", "recordedBy"},
        description = "One step of an entitlement's history, with who recorded it and when")
public record EntitlementEventDto(EntitlementEventKind kind, EntitlementState fromState, EntitlementState toState, LocalDate occurredOn,
                                  @Schema(examples = "{\"cardNumber\": \"HN4878712345678\"}") Map<String, Object> detail,
                                  Instant recordedAt, @Schema(examples = "social-insurance") String recordedBy) {
}
