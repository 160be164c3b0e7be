package vn.giamngheo.household.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdUpdate", description = "The household's own facts; members change through their own operations. "
        + "The commune is fixed: a household that moves is archived (MOVED_AWAY) and registered again.")
public record HouseholdUpdate(
        @NotNull @Size(max = 16) @Schema(examples = "29956-03") String hamletCode,
        @NotBlank @Size(max = 300) String address,
        @Pattern(regexp = "(\\+84|0)\\d{9,10}", message = "must be a Vietnamese phone number") String phone,
        @PositiveOrZero @Max(1_000_000_000) Long monthlyIncomePerCapitaVnd,
        @Valid HousingDto housing) {
}
