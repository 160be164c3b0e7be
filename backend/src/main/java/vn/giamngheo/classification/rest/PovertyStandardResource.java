package vn.giamngheo.classification.rest;

import jakarta.annotation.security.PermitAll;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.classification.api.PovertyStandardDto;
import vn.giamngheo.classification.api.PovertyStandardList;
import vn.giamngheo.classification.service.PovertyStandardService;

/** Public: the standards are published law, and the self-check page reads them without a login. */
@Path("/api/v1/poverty-standards")
@Tag(name = "Classification")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
public class PovertyStandardResource {
    private final PovertyStandardService standards;

    PovertyStandardResource(PovertyStandardService standards) {
        this.standards = standards;
    }

    @GET
    @Operation(operationId = "listPovertyStandards", summary = "The poverty standards with their lines and indicators",
            description = "Decision 59/2015 (2016–2021), Decree 07/2021 (2022–2026) and Decree 351/2025 (2027–2030). No login needed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PovertyStandardList.class)))
    public PovertyStandardList list() {
        return standards.list();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getPovertyStandard", summary = "One poverty standard")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PovertyStandardDto.class)))
    public PovertyStandardDto get(@PathParam("code") @Parameter(example = "ND07_2021") String code) {
        return standards.get(code);
    }
}
