package vn.giamngheo.partner.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.giamngheo.common.error.Problem;
import vn.giamngheo.partner.service.RefusedCalls;

/**
 * Leaves an audit event for every call under /api/v1/partner/ answered 401, 403 or 429, once the problem mapper has
 * shaped the answer (so its code and trace id are known): the client and its service account when the token was
 * accepted (403, 429), the client a refused token names (401, unverified), the method and path, the status and
 * problem code. Nothing of the body. Refusals of the security layer are answered on the I/O thread, so the event is
 * written on a worker thread, with what it needs taken from the request.
 */
public class RefusedCallFilter {
    private static final Set<Integer> REFUSED = Set.of(401, 403, 429);
    private static final String PARTNER_PATHS = "/api/v1/partner/";
    private static final String CLIENT_ID = "[A-Za-z0-9._-]{1,100}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RefusedCalls refusals;

    RefusedCallFilter(RefusedCalls refusals) {
        this.refusals = refusals;
    }

    @ServerResponseFilter
    public Uni<Void> audit(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!REFUSED.contains(response.getStatus()) || !path.startsWith(PARTNER_PATHS)) {
            return Uni.createFrom().voidItem();
        }
        JsonNode claims = claims(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        String azp = text(claims, "azp");
        // a 403 or 429 comes after the token was verified: its claims are the caller's
        boolean verified = response.getStatus() != 401 && claims != null;
        String actor = verified ? textOr(claims, "preferred_username", azp) : "anonymous";
        Problem problem = response.getEntity() instanceof Problem p ? p : null;
        // as CallerScope.clientId(): the token's client (azp), or its user for a staff token without one
        RefusedCalls.Refusal refusal = new RefusedCalls.Refusal(actor == null ? "anonymous" : actor, verified ? textOr(claims, "azp", actor) : null,
                verified ? null : azp, request.getMethod(), path, response.getStatus(), problem == null ? null : problem.code(),
                problem == null ? null : problem.traceId());
        return Uni.createFrom().item(() -> {
            refusals.record(refusal);
            return refusal;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
    }

    /** The claims of a bearer token, read without checking them; null when there is no readable token. */
    static JsonNode claims(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3 || parts[1].length() > 8192) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            return claims != null && claims.isObject() ? claims : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }

    /** A claim that looks like a client or user name, else null. */
    private static String text(JsonNode claims, String name) {
        String v = claims == null ? null : claims.path(name).asText(null);
        return v != null && v.matches(CLIENT_ID) ? v : null;
    }

    private static String textOr(JsonNode claims, String name, String fallback) {
        String v = text(claims, name);
        return v != null ? v : fallback;
    }
}
