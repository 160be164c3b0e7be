package vn.giamngheo.partner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.common.web.RateLimiter;
import vn.giamngheo.partner.api.BatchResult;
import vn.giamngheo.partner.api.CardIssuanceBatch;
import vn.giamngheo.partner.api.FeedQuery;
import vn.giamngheo.partner.api.InsuranceChangeFeed;
import vn.giamngheo.partner.service.PartnerConfig;
import vn.giamngheo.partner.service.SocialInsuranceService;

/** The district Social Insurance office's integration (client credentials of client social-insurance). */
@Path("/api/v1/partner/social-insurance")
@Tag(name = "Partner: Social Insurance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.PARTNER_SOCIAL_INSURANCE)
public class SocialInsuranceResource {
    private final SocialInsuranceService insurance;
    private final RateLimiter limiter;
    private final CallerScope caller;
    private final PartnerConfig config;

    SocialInsuranceResource(SocialInsuranceService insurance, RateLimiter limiter, CallerScope caller, PartnerConfig config) {
        this.insurance = insurance;
        this.limiter = limiter;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Path("/entitlements")
    @Operation(operationId = "listInsuranceChanges", summary = "Read health-insurance premium-support changes after a cursor",
            description = "A delta feed of the entitlements of program HEALTH_INSURANCE (new, changed, ended) in commit order, with what "
                    + "a card needs and nothing else. Start without `after`; keep the answer's nextCursor and pass it as `after` next "
                    + "time; while hasMore is true, read on at once. The cursor is opaque and never skips a change. Limited per client.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = InsuranceChangeFeed.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public InsuranceChangeFeed changes(@BeanParam @Valid FeedQuery query) {
        PartnerAnswers.count(limiter, caller, config);
        return insurance.changes(query);
    }

    @POST
    @Path("/card-issuances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordCardIssuances", summary = "Report health-insurance cards issued",
            description = "Up to 500 cards, each fulfilling a premium-support entitlement (state FULFILLED) through the same state "
                    + "machine as the offices' steps. Items are applied or rejected one by one: the answer is 200 with an outcome per "
                    + "item (multi-status semantics); a malformed batch is refused whole with 400. Idempotency-Key is required: the "
                    + "same key and body within 24 hours replay the first answer (Idempotency-Replayed: true) and apply nothing again; "
                    + "the key with another body answers 422 IDEMPOTENCY_KEY_REUSED.")
    @APIResponse(responseCode = "200", description = "One outcome per item",
            headers = @Header(name = PartnerAnswers.REPLAYED, description = "true when this is the stored answer to an earlier request with the same key",
                    schema = @Schema(implementation = Boolean.class)),
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response issueCards(
            @Parameter(in = ParameterIn.HEADER, required = true, description = "A unique value per batch (e.g. a UUID), reused only to "
                    + "retry that batch; at most 100 characters, kept 24 hours", example = "5f8f0f7e-3c1a-4e43-9b43-8d1f0c2a7b10")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid CardIssuanceBatch body) {
        PartnerAnswers.count(limiter, caller, config);
        return PartnerAnswers.of(insurance.issueCards(idempotencyKey, body));
    }
}
