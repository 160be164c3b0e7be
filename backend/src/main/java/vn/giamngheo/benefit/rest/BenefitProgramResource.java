package vn.giamngheo.benefit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.benefit.api.BenefitProgramDto;
import vn.giamngheo.benefit.api.BenefitProgramList;
import vn.giamngheo.benefit.service.BenefitProgramService;
import vn.giamngheo.common.security.Permissions;

@Path("/api/v1/benefit-programs")
@Tag(name = "Benefits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.BENEFIT_READ)
public class BenefitProgramResource {
    private final BenefitProgramService programs;

    BenefitProgramResource(BenefitProgramService programs) {
        this.programs = programs;
    }

    @GET
    @Operation(operationId = "listBenefitPrograms", summary = "The benefit programs of the plan with their rule packs",
            description = "Health-insurance premium support, Social Policy Bank loans, vocational training, tuition and learning costs, "
                    + "nutrition, and activities without individual entitlements. Each rule carries its legal citation, effective dates "
                    + "and the values the sources did not confirm (`unconfirmed`).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BenefitProgramList.class)))
    public BenefitProgramList list() {
        return programs.list();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getBenefitProgram", summary = "One benefit program with its rules")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BenefitProgramDto.class)))
    public BenefitProgramDto get(@PathParam("code") @Parameter(example = "HEALTH_INSURANCE") String code) {
        return programs.get(code);
    }
}
