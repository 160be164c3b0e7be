package vn.giamngheo.classification.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.classification.api.PovertyEvaluationDto;
import vn.giamngheo.classification.api.PovertyEvaluationRequest;
import vn.giamngheo.classification.service.PovertyStandardService;
import vn.giamngheo.common.web.RateLimiter;

/** Public and stateless: anyone may check how the standard classifies a set of answers; nothing is stored or logged. */
@Path("/api/v1/poverty-evaluations")
@Tag(name = "Classification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
public class PovertyEvaluationResource {
    private final PovertyStandardService standards;
    private final RateLimiter limiter;

    PovertyEvaluationResource(PovertyStandardService standards, RateLimiter limiter) {
        this.standards = standards;
        this.limiter = limiter;
    }

    @POST
    @Operation(operationId = "evaluatePovertyStatus", summary = "Classify answers under a poverty standard (public self-check)",
            description = "Exactly one of monthlyIncomePerCapitaVnd and incomeScore. The standard defaults to the one in force on "
                    + "referenceDate (default today). Explanations follow Accept-Language (vi by default, en). Limited per client address.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PovertyEvaluationDto.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public PovertyEvaluationDto evaluate(@NotNull @Valid PovertyEvaluationRequest body, @Context HttpServerRequest request,
                                         @Context HttpHeaders headers) {
        limiter.acquire(request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
        Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.forLanguageTag("vi"));
        return standards.evaluate(body, locale);
    }
}
