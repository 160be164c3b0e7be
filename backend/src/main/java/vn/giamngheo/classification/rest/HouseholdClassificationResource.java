package vn.giamngheo.classification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.classification.api.HouseholdClassificationDto;
import vn.giamngheo.classification.service.HouseholdClassificationService;
import vn.giamngheo.common.security.Permissions;

@Path("/api/v1/households/{householdId}/classification")
@Tag(name = "Classification")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class HouseholdClassificationResource {
    private final HouseholdClassificationService classifications;

    HouseholdClassificationResource(HouseholdClassificationService classifications) {
        this.classifications = classifications;
    }

    @GET
    @Operation(operationId = "getHouseholdClassification", summary = "The household's classification card",
            description = "Each indicator of the standard proposed from the registry's facts on the date, with its evidence, "
                    + "and the recorded income against the line. Unknown facts are left to the reviewer.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HouseholdClassificationDto.class)))
    public HouseholdClassificationDto get(@PathParam("householdId") UUID householdId,
                                          @QueryParam("date") @Parameter(description = "Review date; today when left out", example = "2022-10-01") LocalDate date,
                                          @QueryParam("standardCode") @Size(max = 20) @Parameter(description = "Defaults to the standard in force on the date") String standardCode,
                                          @Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.forLanguageTag("vi"));
        return classifications.classify(householdId, date, standardCode, locale);
    }
}
