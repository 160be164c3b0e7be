package vn.giamngheo.account.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.account.api.CallerDto;
import vn.giamngheo.common.security.CallerScope;

/** Any signed-in caller may ask who it is; the SPA builds its navigation from the answer. */
@Path("/api/v1/me")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AccountResource {
    private final CallerScope caller;

    AccountResource(CallerScope caller) {
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getCurrentCaller", summary = "Who is signed in, with permissions and area scope")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CallerDto.class)))
    public CallerDto me() {
        List<String> roles = List.copyOf(caller.roles());
        CallerDto.Scope scope = caller.districtWide() ? CallerDto.Scope.DISTRICT
                : caller.communeCode().isPresent() ? CallerDto.Scope.COMMUNE : CallerDto.Scope.NONE;
        return new CallerDto(caller.username(), caller.displayName(),
                roles.stream().filter(r -> !r.contains(":") && !r.startsWith("default-roles") && !r.equals("offline_access")
                        && !r.equals("uma_authorization")).toList(),
                roles.stream().filter(r -> r.contains(":")).toList(),
                scope, caller.communeCode().orElse(null), caller.departmentCode().orElse(null));
    }
}
