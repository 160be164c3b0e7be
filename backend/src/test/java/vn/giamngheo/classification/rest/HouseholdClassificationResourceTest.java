package vn.giamngheo.classification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

@QuarkusTest
class HouseholdClassificationResourceTest {

    @Test
    void proposesEachIndicatorWithItsEvidence() {
        Map<String, Object> body = Fixtures.household("29956", "Lê Văn Tư");
        body.put("monthlyIncomePerCapitaVnd", 1_200_000);
        body.put("housing", Map.of("floorAreaM2", 18, "wallMaterial", "BAMBOO_LEAVES", "columnMaterial", "SOFTWOOD_PLANKS",
                "roofMaterial", "BAMBOO_LEAVES", "waterSource", "SURFACE_WATER", "latrineType", "FISH_POND", "usesTelecom", true,
                "devices", List.of("SMARTPHONE"), "hearsLoudspeaker", true));
        String id = Fixtures.register(body).path("id");

        given().auth().oauth2(Tokens.communeOfficer("29956")).queryParam("date", "2022-10-01")
                .get("/api/v1/households/{id}/classification", id)
                .then().statusCode(200)
                .body("standardCode", is("ND07_2021"))
                .body("areaType", is("RURAL"))
                .body("indicators", hasSize(12))
                .body("indicators.find { it.code == 'HOUSING_QUALITY' }.outcome", is("DEPRIVED"))
                .body("indicators.find { it.code == 'HOUSING_QUALITY' }.evidence.fact", hasItem("wallMaterial"))
                .body("indicators.find { it.code == 'HOUSING_AREA' }.outcome", is("DEPRIVED"))
                .body("indicators.find { it.code == 'DRINKING_WATER' }.outcome", is("DEPRIVED"))
                .body("indicators.find { it.code == 'SANITATION' }.outcome", is("DEPRIVED"))
                .body("indicators.find { it.code == 'HEALTH_INSURANCE' }.outcome", is("DEPRIVED"))
                .body("indicators.find { it.code == 'HEALTH_INSURANCE' }.evidence.subject", hasItem("Lê Văn Tư"))
                .body("indicators.find { it.code == 'NUTRITION' }.outcome", is("UNKNOWN"))
                .body("indicators.find { it.code == 'TELECOM_SERVICES' }.outcome", is("NOT_DEPRIVED"))
                .body("deprivationCount", is(5))
                .body("deprivationScore", is(50))
                .body("status", is("POOR"))
                .body("incomplete", is(true))
                .body("explanation[0].code", is("INCOME_AT_OR_BELOW_LINE"));
    }

    @Test
    void aHouseholdRegisteredWithoutHousingFactsGetsACardToo() {
        Map<String, Object> body = Fixtures.household("29956", "Trịnh Văn Bảy");
        body.remove("housing");
        body.remove("monthlyIncomePerCapitaVnd");
        String id = Fixtures.register(body).path("id");
        given().auth().oauth2(Tokens.communeOfficer("29956")).get("/api/v1/households/{id}/classification", id)
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.nullValue())
                .body("incomplete", is(true))
                .body("indicators.find { it.code == 'DRINKING_WATER' }.outcome", is("UNKNOWN"))
                .body("indicators.find { it.code == 'DRINKING_WATER' }.dimension", is("WATER_SANITATION"));
    }

    @Test
    void isScopedAndAuditedLikeAnyRead() {
        String id = Fixtures.register("29971", "Võ Thị Năm").path("id");
        given().auth().oauth2(Tokens.communeOfficer("29956")).get("/api/v1/households/{id}/classification", id)
                .then().statusCode(404).body("code", is("HOUSEHOLD_NOT_FOUND"));
        given().auth().oauth2(Tokens.communeOfficer("29971")).get("/api/v1/households/{id}/classification", id)
                .then().statusCode(200).body("areaType", is("URBAN")).body("incomeLineVnd", is(2_000_000));
        given().auth().oauth2(Tokens.auditor()).queryParam("householdId", id).queryParam("action", "HOUSEHOLD_READ")
                .get("/api/v1/audit-events").then().statusCode(200).body("items.actor", hasItem("xa.29971"));
        given().get("/api/v1/households/{id}/classification", id).then().statusCode(401);
    }

    @Test
    void pointsAtBadQueryParameters() {
        String id = Fixtures.register("29956", "Đỗ Văn Sáu").path("id");
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("standardCode", "XYZ")
                .get("/api/v1/households/{id}/classification", id)
                .then().statusCode(400).body("errors[0].parameter", is("standardCode"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("date", "2001-01-01")
                .get("/api/v1/households/{id}/classification", id)
                .then().statusCode(400).body("errors[0].parameter", is("date")).body("errors[0].code", is("NO_STANDARD_IN_FORCE"));
    }
}
