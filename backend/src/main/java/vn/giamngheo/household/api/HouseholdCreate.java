package vn.giamngheo.household.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdCreate", description = "A household to register, with its members: exactly one HEAD, at most 30.")
public record HouseholdCreate(
        @NotNull @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code") @Schema(examples = "29956") String communeCode,
        @NotNull @Size(max = 16) @Schema(examples = "29956-02") String hamletCode,
        @NotBlank @Size(max = 300) @Schema(examples = "Số 12, đường Nguyễn Huệ") String address,
        @Pattern(regexp = "(\\+84|0)\\d{9,10}", message = "must be a Vietnamese phone number") @Schema(examples = "0912345678") String phone,
        @PositiveOrZero @Max(1_000_000_000) @Schema(description = "Estimated monthly income per person in VND", examples = "1400000") Long monthlyIncomePerCapitaVnd,
        @Valid HousingDto housing,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid MemberInput> members) {
}
