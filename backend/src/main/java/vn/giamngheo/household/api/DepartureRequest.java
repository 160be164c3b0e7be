package vn.giamngheo.household.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.LeaveReason;

@Schema(name = "DepartureRequest", description = "A member leaves the household (not to another registered household: use transfer).")
public record DepartureRequest(
        @NotNull @PastOrPresent @Schema(examples = "2026-03-01") LocalDate date,
        @NotNull @Schema(examples = "MOVED_AWAY") LeaveReason reason,
        @Size(max = 500) String note) {
}
