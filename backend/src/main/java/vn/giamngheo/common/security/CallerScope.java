package vn.giamngheo.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and which area they may see, resolved once per request and handed to every query that
 * touches personal data. A caller without district scope sees only the commune named in its token.
 */
@RequestScoped
public class CallerScope {
    public static final String COMMUNE_CLAIM = "commune_code";
    public static final String DEPARTMENT_CLAIM = "department_code";

    private final SecurityIdentity identity;

    CallerScope(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        JsonWebToken jwt = jwt();
        if (jwt != null) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
        }
        return identity.getPrincipal().getName();
    }

    /** The OAuth client the token was issued to (Keycloak's azp): a partner's identity in client-credentials tokens. */
    public String clientId() {
        return claim("azp").orElseGet(this::username);
    }

    /** Vietnamese order: family (and middle) name first, then the given name. */
    public String displayName() {
        JsonWebToken jwt = jwt();
        if (jwt == null) {
            return username();
        }
        String family = jwt.getClaim("family_name");
        String given = jwt.getClaim("given_name");
        if (family != null && given != null) {
            return family + " " + given;
        }
        String name = jwt.getClaim("name");
        return name != null ? name : username();
    }

    public boolean districtWide() {
        return identity.hasRole(Permissions.AREA_DISTRICT);
    }

    public Optional<String> communeCode() {
        return claim(COMMUNE_CLAIM);
    }

    public Optional<String> departmentCode() {
        return claim(DEPARTMENT_CLAIM);
    }

    /** True when the caller may see records of this commune. */
    public boolean covers(String communeCode) {
        return districtWide() || communeCode().map(c -> c.equals(communeCode)).orElse(false);
    }

    /**
     * The commune filter to apply to a query: the caller's own commune for commune staff, the requested one
     * (or none) for district staff. Empty means "no commune is visible".
     */
    public AreaFilter areaFilter(String requestedCommune) {
        if (districtWide()) {
            return requestedCommune == null ? AreaFilter.ALL : AreaFilter.only(requestedCommune);
        }
        Optional<String> own = communeCode();
        if (own.isEmpty() || (requestedCommune != null && !requestedCommune.equals(own.get()))) {
            return AreaFilter.NOTHING;
        }
        return AreaFilter.only(own.get());
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    private Optional<String> claim(String name) {
        JsonWebToken jwt = jwt();
        if (jwt == null) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().replace("\"", "").trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private JsonWebToken jwt() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
    }
}
