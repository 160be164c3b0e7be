package vn.giamngheo.account.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Tokens;

@QuarkusTest
class AccountResourceTest {

    @Test
    void describesACommuneOfficerWithItsScope() {
        String token = Tokens.token("xa.thuongphuoc1", "commune-officer",
                Map.of("commune_code", "29956", "family_name", "Trần Văn", "given_name", "Phước"), 300);
        given().auth().oauth2(token).get("/api/v1/me")
                .then().statusCode(200)
                .body("username", is("xa.thuongphuoc1"))
                .body("displayName", is("Trần Văn Phước"))
                .body("jobRoles", contains("commune-officer"))
                .body("permissions", hasItems("household:read", "household:write"))
                .body("permissions", not(hasItem("area:district")))
                .body("scope", is("COMMUNE"))
                .body("communeCode", is("29956"));
    }

    @Test
    void describesDistrictAndDepartmentScopes() {
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/me")
                .then().statusCode(200).body("scope", is("DISTRICT")).body("communeCode", nullValue());
        given().auth().oauth2(Tokens.departmentOfficer()).get("/api/v1/me")
                .then().statusCode(200).body("scope", is("NONE")).body("departmentCode", is("YTE"));
    }

    @Test
    void needsALogin() {
        given().get("/api/v1/me").then().statusCode(401).body("code", is("UNAUTHENTICATED"));
    }
}
