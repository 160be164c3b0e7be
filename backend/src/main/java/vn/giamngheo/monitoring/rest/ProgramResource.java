package vn.giamngheo.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.monitoring.api.ProgramDto;
import vn.giamngheo.monitoring.api.ReportingUnitList;
import vn.giamngheo.monitoring.service.ProgramService;

/** The program's structure and the units that report on it: reference data, the same for every reader. */
@Path("/api/v1")
@Tag(name = "Program monitoring")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Permissions.REPORT_SUBMIT, Permissions.REPORT_REVIEW, Permissions.AUDIT_READ})
public class ProgramResource {
    private final ProgramService program;

    ProgramResource(ProgramService program) {
        this.program = program;
    }

    @GET
    @Path("/program")
    @Operation(operationId = "getProgram", summary = "Projects and sub-projects with their lead units, funding sources, targets and report indicators",
            description = "Decision 90/QĐ-TTg as the district plan 2022 applies it: projects 1, 4.1, 4.2 and 5 do not run here, with the reason.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProgramDto.class)))
    public ProgramDto program() {
        return program.program();
    }

    @GET
    @Path("/reporting-units")
    @Operation(operationId = "listReportingUnits", summary = "The departments and communes that report to the district's standing office")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReportingUnitList.class)))
    public ReportingUnitList units() {
        return program.units();
    }
}
