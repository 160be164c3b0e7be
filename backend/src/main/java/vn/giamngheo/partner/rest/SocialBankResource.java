package vn.giamngheo.partner.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import vn.giamngheo.partner.api.EligibleHouseholdFeed;
import vn.giamngheo.partner.api.FeedQuery;
import vn.giamngheo.partner.api.LoanEventBatch;
import vn.giamngheo.partner.service.PartnerConfig;
import vn.giamngheo.partner.service.SocialBankService;

/** The Social Policy Bank branch's integration (client credentials of client social-bank). */
@Path("/api/v1/partner/social-bank")
@Tag(name = "Partner: Social Policy Bank")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.PARTNER_SOCIAL_BANK)
public class SocialBankResource {
    private final SocialBankService bank;
    private final RateLimiter limiter;
    private final CallerScope caller;
    private final PartnerConfig config;

    SocialBankResource(SocialBankService bank, RateLimiter limiter, CallerScope caller, PartnerConfig config) {
        this.bank = bank;
        this.limiter = limiter;
        this.caller = caller;
        this.config = config;
    }

    @GET
    @Path("/eligible-households")
    @Operation(operationId = "listEligibleHouseholds", summary = "List households the bank's loan programs grant",
            description = "Live entitlements of LOAN_POOR, LOAN_NEAR_POOR, LOAN_ESCAPED (within 36 months of the escape date), "
                    + "LOAN_STUDENT, LOAN_WATER_SANITATION and LOAN_JOB_CREATION, by entitlement id: the household, its head, "
                    + "commune and hamlet, its latest status and escape date, and the rule's cap and rate. No health data and no "
                    + "citizen ids. Page with `after` = nextCursor while hasMore. Limited per client.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EligibleHouseholdFeed.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public EligibleHouseholdFeed eligibleHouseholds(
            @QueryParam("programCode") @Size(max = 40) @Parameter(description = "One loan program; all of them when left out",
                    example = "LOAN_ESCAPED") String programCode,
            @BeanParam @Valid FeedQuery query) {
        PartnerAnswers.count(limiter, caller, config);
        return bank.eligibleHouseholds(programCode, query);
    }

    @POST
    @Path("/loan-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordLoanEvents", summary = "Report loan applications, approvals, disbursements and repayment",
            description = "Up to 500 events, applied in order, each a step of the loan entitlement's state machine (APPLIED → "
                    + "REQUESTED, APPROVED → ENROLLED, DISBURSED → FULFILLED, then REPAYMENT). Items are applied or rejected one by "
                    + "one: the answer is 200 with an outcome per item (multi-status semantics); a malformed batch is refused whole "
                    + "with 400. Idempotency-Key is required: the same key and body within 24 hours replay the first answer "
                    + "(Idempotency-Replayed: true); the key with another body answers 422 IDEMPOTENCY_KEY_REUSED.")
    @APIResponse(responseCode = "200", description = "One outcome per item",
            headers = @Header(name = PartnerAnswers.REPLAYED, description = "true when this is the stored answer to an earlier request with the same key",
                    schema = @Schema(implementation = Boolean.class)),
            content = @Content(schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "422", ref = "RuleViolated")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response recordLoanEvents(
            @Parameter(in = ParameterIn.HEADER, required = true, description = "A unique value per batch (e.g. a UUID), reused only to "
                    + "retry that batch; at most 100 characters, kept 24 hours", example = "0b6c1f2e-8a8e-4d0f-9a51-3f2b7c9d4e21")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid LoanEventBatch body) {
        PartnerAnswers.count(limiter, caller, config);
        return PartnerAnswers.of(bank.recordLoanEvents(idempotencyKey, body));
    }
}
