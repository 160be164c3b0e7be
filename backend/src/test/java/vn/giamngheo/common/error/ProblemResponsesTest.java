package vn.giamngheo.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/** Bad input of every kind gets a 4xx problem, never a 500 or a stack trace. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void unknownFieldsArePointedAt() {
        Map<String, Object> body = Fixtures.household("29956", "Nguyễn Văn Tèo");
        body.put("nickname", "Tèo");
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/households")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("MALFORMED_REQUEST"))
                .body("errors[0].pointer", is("/nickname"))
                .body("errors[0].code", is("UNKNOWN_FIELD"))
                .body("traceId", notNullValue());
    }

    @Test
    void wrongTypesAndBadDatesAreRejected() {
        Map<String, Object> body = Fixtures.household("29956", "Nguyễn Văn Tèo");
        body.put("monthlyIncomePerCapitaVnd", "a lot");
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/households")
                .then().statusCode(400).body("code", is("MALFORMED_REQUEST")).body("errors[0].pointer", is("/monthlyIncomePerCapitaVnd"));

        Map<String, Object> badDate = Fixtures.household("29956", "Nguyễn Văn Tèo");
        ((java.util.List<Map<String, Object>>) badDate.get("members")).get(0).put("dateOfBirth", "1978-02-30");
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(badDate)
                .post("/api/v1/households")
                .then().statusCode(400).body("code", is("MALFORMED_REQUEST")).body("errors[0].pointer", is("/members/0/dateOfBirth"));

        given().auth().oauth2(Tokens.districtOfficer()).queryParam("asOf", "31/12/2024")
                .get("/api/v1/households/{id}/members", java.util.UUID.randomUUID())
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unreadableJsonIsRejected() {
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body("{\"communeCode\": ")
                .post("/api/v1/households")
                .then().statusCode(400).contentType("application/problem+json").body("code", is("MALFORMED_REQUEST"))
                .body(not(containsString("Exception")));
    }

    @Test
    void badUuidsAreRejected() {
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/not-a-uuid")
                .then().statusCode(org.hamcrest.Matchers.oneOf(400, 404)).contentType("application/problem+json");
    }

    @Test
    void pageSizesOutOfRangeAreRejectedNotClamped() {
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("size", 101).get("/api/v1/households")
                .then().statusCode(400).body("code", is("VALIDATION_FAILED")).body("errors.parameter", hasItem("size"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("page", -1).get("/api/v1/households")
                .then().statusCode(400).body("errors.parameter", hasItem("page"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("sort", "NAME").get("/api/v1/households")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void oversizedBodiesAreRejected() {
        String huge = "{\"address\": \"" + "x".repeat(1_200_000) + "\"}";
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(huge)
                .post("/api/v1/households")
                .then().statusCode(413).contentType("application/problem+json").body("code", is("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void chunkedBodiesOutsideImportsMustStateTheirLength() throws Exception {
        // a body of unknown length is sent in chunks; only import uploads may grow past the 1 MB limit that way
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/households"))
                .header("Authorization", "Bearer " + Tokens.districtOfficer()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"LENGTH_REQUIRED\""), response.body());
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body("{}").delete("/api/v1/households")
                .then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void wrongContentTypeIsAProblem() {
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.TEXT).body("hello")
                .post("/api/v1/households")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
