package vn.giamngheo.partner.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.partner.domain.Outcome;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ItemOutcome", requiredProperties = {"index", "entitlementId", "outcome"},
        description = "What became of one item. A rejected item changed nothing; code says why: ENTITLEMENT_NOT_FOUND (unknown, or "
                + "not of the caller's programs), ILLEGAL_TRANSITION (the state machine refuses the step, e.g. already fulfilled or "
                + "ended), SUPPORT_RATE_MISMATCH, OUTSIDE_ENTITLEMENT_PERIOD, REQUIRED, ABOVE_CAP, BEFORE_VALID_FROM")
public record ItemOutcome(
        @Schema(description = "0-based position in the batch") int index,
        UUID entitlementId,
        Outcome outcome,
        @Schema(examples = "ILLEGAL_TRANSITION") String code,
        @Schema(examples = "An entitlement in state FULFILLED cannot move to FULFILLED") String detail) {
}
