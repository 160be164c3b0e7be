package vn.giamngheo.household.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.giamngheo.audit.api.AuditEventPage;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.Permissions;
import vn.giamngheo.common.web.Versions;
import vn.giamngheo.household.api.ArchiveRequest;
import vn.giamngheo.household.api.DepartureRequest;
import vn.giamngheo.household.api.HeadChangeRequest;
import vn.giamngheo.household.api.HouseholdCreate;
import vn.giamngheo.household.api.HouseholdDto;
import vn.giamngheo.household.api.HouseholdPage;
import vn.giamngheo.household.api.HouseholdQuery;
import vn.giamngheo.household.api.HouseholdUpdate;
import vn.giamngheo.household.api.MemberInput;
import vn.giamngheo.household.api.MemberList;
import vn.giamngheo.household.api.TransferRequest;
import vn.giamngheo.household.service.HouseholdService;

/**
 * The household registry. Area scope is applied by the service for every operation: an id outside the caller's
 * commune answers 404, exactly like an unknown one.
 */
@Path("/api/v1/households")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Permissions.HOUSEHOLD_READ)
public class HouseholdResource {
    private static final String IF_MATCH_DOC = "The household's ETag (its version), e.g. \"3\"";

    private final HouseholdService households;

    HouseholdResource(HouseholdService households) {
        this.households = households;
    }

    @GET
    @Operation(operationId = "listHouseholds", summary = "Search households visible to the caller",
            description = "Accent- and case-insensitive name search, exact citizen id or code, filters by commune, hamlet and archived.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HouseholdPage.class)))
    public HouseholdPage list(@BeanParam @Valid HouseholdQuery query, @BeanParam @Valid PageQuery page) {
        return households.search(query, page);
    }

    @POST
    @RolesAllowed(Permissions.HOUSEHOLD_WRITE)
    @Operation(operationId = "registerHousehold", summary = "Register a household with its members")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "ETag", schema = @Schema(implementation = String.class)),
                    @Header(name = "Location", schema = @Schema(implementation = String.class))},
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<HouseholdDto> register(@NotNull @Valid HouseholdCreate body, @jakarta.ws.rs.core.Context UriInfo uri) {
        HouseholdDto created = households.register(body);
        return RestResponse.ResponseBuilder.<HouseholdDto>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).header(HttpHeaders.ETAG, Versions.etag(created.version())).build();
    }

    @GET
    @Path("/{householdId}")
    @Operation(operationId = "getHousehold", summary = "Fetch a household with its current members")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    public RestResponse<HouseholdDto> get(@PathParam("householdId") UUID householdId) {
        return withEtag(households.get(householdId));
    }

    @PUT
    @Path("/{householdId}")
    @RolesAllowed(Permissions.HOUSEHOLD_WRITE)
    @Operation(operationId = "updateHousehold", summary = "Change a household's address, hamlet, income estimate and housing facts")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    public RestResponse<HouseholdDto> update(@PathParam("householdId") UUID householdId,
                                             @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
                                             @NotNull @Valid HouseholdUpdate body) {
        return withEtag(households.update(householdId, Versions.requireIfMatch(ifMatch), body));
    }

    @POST
    @Path("/{householdId}/archive")
    @RolesAllowed(Permissions.HOUSEHOLD_WRITE)
    @Operation(operationId = "archiveHousehold", summary = "Archive a household (moved away, merged, dissolved, duplicate)",
            description = "The household and its history stay readable; its members' citizen ids become free for another household.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    public RestResponse<HouseholdDto> archive(@PathParam("householdId") UUID householdId,
                                              @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
                                              @NotNull @Valid ArchiveRequest body) {
        return withEtag(households.archive(householdId, Versions.requireIfMatch(ifMatch), body));
    }

    @GET
    @Path("/{householdId}/members")
    @Operation(operationId = "listHouseholdMembers", summary = "Who belonged to the household on a date",
            description = "Without asOf: today. A member who left on a date is no longer a member on that date.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MemberList.class)))
    public MemberList members(@PathParam("householdId") UUID householdId,
                              @QueryParam("asOf") @Parameter(description = "ISO date", example = "2024-12-31") LocalDate asOf) {
        return households.membersAsOf(householdId, asOf);
    }

    @POST
    @Path("/{householdId}/members")
    @RolesAllowed(Permissions.HOUSEHOLD_WRITE)
    @Operation(operationId = "addHouseholdMember", summary = "Add a member (birth, marriage, moving in)")
    @APIResponse(responseCode = "201", description = "Added; the household with its new member",
            headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<HouseholdDto> addMember(@PathParam("householdId") UUID householdId,
                                                @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
                                                @NotNull @Valid MemberInput body) {
        HouseholdDto h = households.addMember(householdId, Versions.requireIfMatch(ifMatch), body);
        return RestResponse.ResponseBuilder.<HouseholdDto>create(RestResponse.Status.CREATED).entity(h)
                .header(HttpHeaders.ETAG, Versions.etag(h.version())).build();
    }

    @PUT
    @Path("/{householdId}/members/{memberId}")
    @RolesAllowed(Permissions.HOUSEHOLD_WRITE)
    @Operation(operationId = "updateHouseholdMember", summary = "Correct a member's facts")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<HouseholdDto> updateMember(@PathParam("householdId") UUID householdId, @PathParam("memberId") UUID memberId,
                                                   @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
                                                   @NotNull @Valid MemberInput body) {
        return withEtag(households.updateMember(householdId, memberId, Versions.requireIfMatch(ifMatch), body));
    }

    @POST
    @Path("/{householdId}/members/{memberId}/departure")
    @RolesAllowed(Permissions.HOUSEHOLD_WRITE)
    @Operation(operationId = "recordMemberDeparture", summary = "Record that a member left (died, moved away, married out)")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    public RestResponse<HouseholdDto> departMember(@PathParam("householdId") UUID householdId, @PathParam("memberId") UUID memberId,
                                                   @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
                                                   @NotNull @Valid DepartureRequest body) {
        return withEtag(households.departMember(householdId, memberId, Versions.requireIfMatch(ifMatch), body));
    }

    @POST
    @Path("/{householdId}/members/{memberId}/transfer")
    @RolesAllowed(Permissions.HOUSEHOLD_WRITE)
    @Operation(operationId = "transferHouseholdMember", summary = "Move a member to another registered household",
            description = "If-Match carries the source household's version. Returns the source household.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    public RestResponse<HouseholdDto> transferMember(@PathParam("householdId") UUID householdId, @PathParam("memberId") UUID memberId,
                                                     @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
                                                     @NotNull @Valid TransferRequest body) {
        return withEtag(households.transferMember(householdId, memberId, Versions.requireIfMatch(ifMatch), body));
    }

    @POST
    @Path("/{householdId}/head")
    @RolesAllowed(Permissions.HOUSEHOLD_WRITE)
    @Operation(operationId = "changeHouseholdHead", summary = "Make another member the head of household")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(implementation = String.class)),
            content = @Content(schema = @Schema(implementation = HouseholdDto.class)))
    public RestResponse<HouseholdDto> changeHead(@PathParam("householdId") UUID householdId,
                                                 @HeaderParam("If-Match") @Parameter(description = IF_MATCH_DOC, required = true) String ifMatch,
                                                 @NotNull @Valid HeadChangeRequest body) {
        return withEtag(households.changeHead(householdId, Versions.requireIfMatch(ifMatch), body));
    }

    @GET
    @Path("/{householdId}/history")
    @Operation(operationId = "getHouseholdHistory", summary = "Who changed what and when, newest first",
            description = "Identity numbers appear as masked changes, never by value.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AuditEventPage.class)))
    public AuditEventPage history(@PathParam("householdId") UUID householdId, @BeanParam @Valid PageQuery page) {
        return households.history(householdId, page);
    }

    private static RestResponse<HouseholdDto> withEtag(HouseholdDto h) {
        return RestResponse.ResponseBuilder.ok(h).header(HttpHeaders.ETAG, Versions.etag(h.version())).build();
    }
}
