package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberList", requiredProperties = {"householdId", "asOf", "items"}, description = "Who belonged to the household on a date. Bounded by the 30-member limit, so not paginated.")
public record MemberList(UUID householdId, LocalDate asOf, List<MemberDto> items) {
}
