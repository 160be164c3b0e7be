package vn.giamngheo.household.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.Relationship;

@Schema(name = "HeadChangeRequest", description = "Makes another current member the head.")
public record HeadChangeRequest(
        @NotNull @Schema(description = "The member who becomes head") UUID memberId,
        @NotNull @Schema(description = "The former head's relationship to the new head (not HEAD)", examples = "SPOUSE") Relationship formerHeadRelationship) {
}
