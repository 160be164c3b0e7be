package vn.giamngheo.household.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.Device;
import vn.giamngheo.household.domain.LatrineType;
import vn.giamngheo.household.domain.Material;
import vn.giamngheo.household.domain.WaterSource;

@Schema(name = "Housing", description = "Housing and living facts used by the deprivation indicators (Decree 07/2021). "
        + "Unknown facts may be left out and filled in at the review.")
public record HousingDto(
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2)
        @Schema(description = "Total floor area of the dwelling in m²", examples = "42.5") BigDecimal floorAreaM2,
        @Schema(examples = "BRICK_STONE") Material wallMaterial,
        @Schema(examples = "REINFORCED_CONCRETE") Material columnMaterial,
        @Schema(examples = "METAL_SHEET") Material roofMaterial,
        @Schema(examples = "PIPED") WaterSource waterSource,
        @Schema(examples = "SEPTIC") LatrineType latrineType,
        @Schema(description = "Some member uses telephone or internet services") Boolean usesTelecom,
        @Size(max = 5) @Schema(description = "Information-access devices owned") List<@NotNull Device> devices,
        @Schema(description = "The commune or hamlet loudspeakers reach the home") Boolean hearsLoudspeaker) {

    public static final HousingDto UNKNOWN = new HousingDto(null, null, null, null, null, null, null, List.of(), null);
}
