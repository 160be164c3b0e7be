package vn.giamngheo.classification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitedEvaluationTest.FivePerMinute.class)
class RateLimitedEvaluationTest {

    public static class FivePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("giamngheo.public.requests-per-minute", "5");
        }
    }

    @Test
    void limitsEachClientAddress() {
        String body = "{\"areaType\":\"RURAL\",\"monthlyIncomePerCapitaVnd\":1000000,\"deprivations\":[]}";
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/poverty-evaluations").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/poverty-evaluations")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("code", is("RATE_LIMITED"));
    }
}
