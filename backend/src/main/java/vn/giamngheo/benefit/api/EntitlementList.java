package vn.giamngheo.benefit.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EntitlementList", requiredProperties = {"householdId", "items"},
        description = "A household's entitlements, live first, then ended ones newest first; bounded by its members, so not paginated.")
public record EntitlementList(UUID householdId, List<EntitlementDto> items) {
}
