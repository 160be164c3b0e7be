package vn.giamngheo.area.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.api.AreaPage;
import vn.giamngheo.area.domain.AreaLevel;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.common.paging.PageQuery;

/** Public: administrative codes are published reference data, and the self-check page needs them without a login. */
@Path("/api/v1/areas")
@Tag(name = "Areas")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
public class AreaResource {
    private final AreaService areas;

    AreaResource(AreaService areas) {
        this.areas = areas;
    }

    @GET
    @Operation(operationId = "listAreas", summary = "List administrative units",
            description = "Province, district, communes/township and their hamlets, ordered by code. No login needed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AreaPage.class)))
    public AreaPage list(@QueryParam("level") @Parameter(description = "Only units of this level") AreaLevel level,
                         @QueryParam("parentCode") @Pattern(regexp = "[0-9A-Za-z-]{1,16}") @Parameter(description = "Only children of this unit", example = "29956") String parentCode,
                         @BeanParam @Valid PageQuery page) {
        return areas.list(level, parentCode, page);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getArea", summary = "Fetch one administrative unit")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AreaDto.class)))
    public AreaDto get(@PathParam("code") @Parameter(example = "29971") String code) {
        return areas.get(code);
    }
}
