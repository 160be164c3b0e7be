package vn.giamngheo.partner.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.LowRateLimits;
import vn.giamngheo.testing.Tokens;

/** A partner call refused by the rate limit (429) is audited with its client. */
@QuarkusTest
@TestProfile(LowRateLimits.class)
class RefusedPartnerCallsLimitedTest {

    @Test
    void aCallOverTheLimitIsAudited() {
        // a client of its own, so no other test's calls count against its allowance
        String token = Tokens.clientCredentials("social-insurance-audit", "partner-social-insurance");
        String feed = "/api/v1/partner/social-insurance/entitlements";
        for (int i = 0; i < LowRateLimits.PARTNER_PER_MINUTE; i++) {
            given().auth().oauth2(token).get(feed).then().statusCode(200);
        }
        given().auth().oauth2(token).get(feed).then().statusCode(429);
        Map<String, Object> event = RefusedPartnerCallsTest.refusal(feed, 429);
        assertThat(RefusedPartnerCallsTest.context(event)).containsEntry("client", "social-insurance-audit")
                .containsEntry("code", "RATE_LIMITED").containsEntry("method", "GET");
        assertThat(event.get("actor")).isEqualTo("service-account-social-insurance-audit");
    }
}
