package vn.giamngheo.partner.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InsuranceChangeFeed", requiredProperties = {"items", "nextCursor", "hasMore"},
        description = "Changes in the order they were committed. Store nextCursor after processing the page and pass it as `after` "
                + "to resume; it stays the same when there is nothing new.")
public record InsuranceChangeFeed(
        List<InsuranceChange> items,
        @Schema(description = "Opaque cursor to pass as `after` for the next page", examples = "1042") String nextCursor,
        @Schema(description = "True when more changes follow at once; false when the feed is read to its end for now") boolean hasMore) {
}
