package vn.giamngheo.partner.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibleHouseholdFeed", requiredProperties = {"items", "hasMore"},
        description = "Live loan entitlements by entitlement id. Pass nextCursor as `after` for the next page.")
public record EligibleHouseholdFeed(
        List<EligibleHousehold> items,
        @Schema(description = "Opaque cursor to pass as `after` for the next page; the one sent when the page is empty") String nextCursor,
        boolean hasMore) {
}
