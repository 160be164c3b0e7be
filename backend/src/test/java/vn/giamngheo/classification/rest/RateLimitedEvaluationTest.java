package vn.giamngheo.classification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.LowRateLimits;

@QuarkusTest
@TestProfile(LowRateLimits.class)
class RateLimitedEvaluationTest {

    @Test
    void limitsEachClientAddress() {
        String body = "{\"areaType\":\"RURAL\",\"monthlyIncomePerCapitaVnd\":1000000,\"deprivations\":[]}";
        for (int i = 0; i < LowRateLimits.PUBLIC_PER_MINUTE; i++) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/poverty-evaluations").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/poverty-evaluations")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", is("RATE_LIMITED"));
    }
}
