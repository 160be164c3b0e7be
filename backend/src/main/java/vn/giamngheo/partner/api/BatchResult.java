package vn.giamngheo.partner.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BatchResult", requiredProperties = {"applied", "rejected", "items"},
        description = "One outcome per item, in the batch's order (multi-status semantics in a 200 answer)")
public record BatchResult(int applied, int rejected, List<ItemOutcome> items) {
}
