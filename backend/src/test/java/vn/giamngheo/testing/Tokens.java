package vn.giamngheo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keycloak-shaped access tokens signed by the test OIDC server's key. The permissions of each job title are
 * read from the realm export, so tests exercise the same bundles as production.
 */
public final class Tokens {
    public static final String ISSUER = "https://server.example.com";
    private static final JsonNode REALM = readRealm();

    private Tokens() {
    }

    public static String districtOfficer() {
        return token("huyen.lan", "district-officer", Map.of(), 300);
    }

    public static String communeOfficer(String communeCode) {
        return token("xa." + communeCode, "commune-officer", Map.of("commune_code", communeCode), 300);
    }

    public static String auditor() {
        return token("kiemtra.mttq", "auditor", Map.of(), 300);
    }

    public static String departmentOfficer() {
        return token("phong.yte", "department-officer", Map.of("department_code", "YTE"), 300);
    }

    public static String expiredDistrictOfficer() {
        return token("huyen.lan", "district-officer", Map.of(), -600);
    }

    /** The Social Insurance office's service account (client credentials of client social-insurance). */
    public static String socialInsurance() {
        return clientCredentials("social-insurance", "partner-social-insurance");
    }

    /** The Social Policy Bank's service account (client credentials of client social-bank). */
    public static String socialBank() {
        return clientCredentials("social-bank", "partner-social-bank");
    }

    /**
     * A token as Keycloak issues it for the client-credentials grant: the client's service account as subject, its
     * username ("service-account-" + client id) as preferred_username, the client id in azp and client_id, no personal names.
     */
    public static String clientCredentials(String clientId, String jobRole) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.claims()
                .issuer(ISSUER)
                .audience("giamngheo-api")
                .subject(java.util.UUID.nameUUIDFromBytes(clientId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString())
                .claim("azp", clientId)
                .claim("client_id", clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .claim("typ", "Bearer")
                .claim("realm_access", Map.of("roles", List.copyOf(expand(jobRole))))
                .issuedAt(now - 60)
                .expiresAt(now + 300)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    public static String token(String username, String jobRole, Map<String, String> claims, long lifetimeSeconds) {
        long now = System.currentTimeMillis() / 1000;
        JwtClaimsBuilder b = Jwt.claims()
                .issuer(ISSUER)
                .audience("giamngheo-api")
                .subject(username)
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("realm_access", Map.of("roles", List.copyOf(expand(jobRole))))
                .issuedAt(now - 60 + Math.min(0, lifetimeSeconds))
                .expiresAt(now + lifetimeSeconds);
        claims.forEach(b::claim);
        return b.jws().keyId("1").sign("privateKey.jwk");
    }

    /** A job title plus every permission it bundles, as Keycloak puts them in realm_access.roles. */
    public static Set<String> expand(String role) {
        Set<String> out = new LinkedHashSet<>();
        out.add(role);
        for (JsonNode r : REALM.path("roles").path("realm")) {
            if (r.path("name").asText().equals(role)) {
                for (JsonNode c : r.path("composites").path("realm")) {
                    out.addAll(expand(c.asText()));
                }
            }
        }
        return out;
    }

    private static JsonNode readRealm() {
        try {
            return new ObjectMapper().readTree(Path.of("..", "deploy", "keycloak", "giamngheo-realm.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("The realm export deploy/keycloak/giamngheo-realm.json is missing", e);
        }
    }
}
