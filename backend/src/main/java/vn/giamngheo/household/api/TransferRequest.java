package vn.giamngheo.household.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.Relationship;

@Schema(name = "TransferRequest", description = "Moves a member to another registered household; both keep the history.")
public record TransferRequest(
        @NotNull UUID targetHouseholdId,
        @NotNull @Schema(description = "Relationship to the head of the target household (not HEAD)") Relationship relationship,
        @NotNull @PastOrPresent LocalDate date) {
}
