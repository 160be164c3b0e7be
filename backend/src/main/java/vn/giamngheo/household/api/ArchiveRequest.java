package vn.giamngheo.household.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.ArchiveReason;

@Schema(name = "ArchiveRequest", description = "Takes a household off the registry, keeping its history. MERGED needs the household it merged into.")
public record ArchiveRequest(
        @NotNull ArchiveReason reason,
        @Size(max = 1000) @Schema(examples = "Chuyển đến TP. Cao Lãnh") String note,
        UUID mergedIntoHouseholdId) {
}
