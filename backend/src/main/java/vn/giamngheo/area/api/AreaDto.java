package vn.giamngheo.area.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.area.domain.AreaLevel;
import vn.giamngheo.area.domain.AreaType;
import vn.giamngheo.area.domain.UnitType;

@Schema(name = "Area", requiredProperties = {"code", "name", "level", "unitType", "validFrom", "demo"}, description = "An administrative unit (GSO code) with its validity; hamlets are demo data until the communes supply theirs.")
public record AreaDto(
        @Schema(examples = "29956") String code,
        @Schema(examples = "Xã Thường Phước 1") String name,
        AreaLevel level,
        UnitType unitType,
        @Schema(examples = "870") String parentCode,
        @Schema(description = "Selects the poverty line; set on communes and hamlets") AreaType areaType,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(description = "The unit that took over after a reorganisation") String successorCode,
        @Schema(description = "True for demo units that are not official") boolean demo) {
}
