package vn.giamngheo.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** One local OIDC server (WireMock) for every @QuarkusTest: its JWKS verifies the tokens that {@link Tokens} signs. */
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class OidcServer {
    private OidcServer() {
    }
}
