package vn.giamngheo.partner.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Tokens;

/** Partner calls turned away with 401 or 403 leave an audit event: who, where, why; never what they sent. */
@QuarkusTest
class RefusedPartnerCallsTest {
    private static final String FEED = "/api/v1/partner/social-insurance/entitlements";
    private static final String CARDS = "/api/v1/partner/social-insurance/card-issuances";

    /** The newest refusal audited for this path and status. */
    static Map<String, Object> refusal(String path, int status) {
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.auditor()).queryParam("kind", "PARTNER")
                .queryParam("action", "PARTNER_CALL_REFUSED").queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(e -> {
            Map<?, ?> c = (Map<?, ?>) e.get("context");
            return path.equals(c.get("path")) && Integer.valueOf(status).equals(c.get("status"));
        }).findFirst().orElseThrow(() -> new AssertionError("no refusal audited for " + status + " " + path));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> context(Map<String, Object> event) {
        return (Map<String, Object>) event.get("context");
    }

    @Test
    void aCallWithoutAValidTokenIsAudited() {
        given().get(FEED).then().statusCode(401);
        Map<String, Object> none = refusal(FEED, 401);
        assertThat(context(none)).containsEntry("method", "GET").containsEntry("code", "UNAUTHENTICATED").doesNotContainKey("client")
                .doesNotContainKey("claimedClient");
        assertThat(none.get("actor")).isEqualTo("anonymous");
        assertThat(none.get("kind")).isEqualTo("PARTNER");

        // a token whose signature does not verify: refused; the client it names is kept as a lead, marked as claimed
        String forged = Tokens.socialInsurance() + "x";
        given().auth().oauth2(forged).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("items", List.of(Map.of("entitlementId", UUID.randomUUID().toString(), "cardNumber", "HN4878712345999",
                        "validFrom", "2026-01-01", "validTo", "2026-12-31", "supportRatePercent", 100))))
                .post(CARDS).then().statusCode(401);
        Map<String, Object> bad = refusal(CARDS, 401);
        assertThat(context(bad)).containsEntry("method", "POST").containsEntry("claimedClient", "social-insurance")
                .doesNotContainKey("client");
        // nothing of the body
        assertThat(bad.toString()).doesNotContain("HN4878712345999", "entitlementId", "items");
    }

    @Test
    void aCallWithTheWrongRoleIsAuditedWithItsClient() {
        given().auth().oauth2(Tokens.socialBank()).get(FEED).then().statusCode(403);
        Map<String, Object> bank = refusal(FEED, 403);
        assertThat(context(bank)).containsEntry("client", "social-bank").containsEntry("code", "FORBIDDEN").containsEntry("method", "GET");
        assertThat(bank.get("actor")).isEqualTo("service-account-social-bank");

        String loans = "/api/v1/partner/social-bank/loan-events";
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).header("Idempotency-Key", "k")
                .body(Map.of("items", List.of())).post(loans).then().statusCode(403);
        assertThat(context(refusal(loans, 403))).containsEntry("client", "huyen.lan").containsEntry("method", "POST");
    }

    @Test
    void answeredCallsAndOtherPathsAreNotAuditedAsRefused() {
        given().auth().oauth2(Tokens.socialInsurance()).get(FEED).then().statusCode(200);
        given().auth().oauth2(Tokens.socialInsurance()).get("/api/v1/households").then().statusCode(403);
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.auditor()).queryParam("action", "PARTNER_CALL_REFUSED")
                .queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200).extract().path("items");
        assertThat(items).extracting(e -> context(e).get("path")).doesNotContain("/api/v1/households");
        assertThat(items).extracting(e -> context(e).get("status")).doesNotContain(200);
    }
}
