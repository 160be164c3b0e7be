package vn.giamngheo.partner.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.LowRateLimits;
import vn.giamngheo.testing.Tokens;

@QuarkusTest
@TestProfile(LowRateLimits.class)
class RateLimitedPartnerTest {

    @Test
    void limitsEachPartnerClientOnItsOwn() {
        String feed = "/api/v1/partner/social-insurance/entitlements";
        for (int i = 0; i < LowRateLimits.PARTNER_PER_MINUTE; i++) {
            given().auth().oauth2(Tokens.socialInsurance()).get(feed).then().statusCode(200);
        }
        given().auth().oauth2(Tokens.socialInsurance()).get(feed).then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("code", is("RATE_LIMITED"));
        // the limit is per client id: the bank's allowance is its own
        given().auth().oauth2(Tokens.socialBank()).get("/api/v1/partner/social-bank/eligible-households").then().statusCode(200);
    }
}
