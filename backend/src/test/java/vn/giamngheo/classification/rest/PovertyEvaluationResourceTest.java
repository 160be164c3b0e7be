package vn.giamngheo.classification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public self-check: no login, the documented shape, every bad answer pointed at. */
@QuarkusTest
class PovertyEvaluationResourceTest {

    private static Map<String, Object> answers(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void classifiesARuralHouseholdWithoutALogin() {
        given().contentType(ContentType.JSON)
                .body(answers("referenceDate", "2022-10-01", "areaType", "RURAL", "monthlyIncomePerCapitaVnd", 1_400_000,
                        "deprivations", List.of("HEALTH_INSURANCE", "SANITATION", "HOUSING_AREA")))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(200)
                .body("standardCode", is("ND07_2021"))
                .body("status", is("POOR"))
                .body("deprivationCount", is(3))
                .body("deprivationScore", is(30))
                .body("incomeLineVnd", is(1_500_000))
                .body("incomeAtOrBelowLine", is(true))
                .body("explanation.code", contains("INCOME_AT_OR_BELOW_LINE", "DEPRIVATIONS_AT_OR_ABOVE_CUTOFF"))
                .body("explanation[0].text", startsWith("Thu nhập 1.400.000 đồng"))
                .body("deprivedIndicators.code", containsInAnyOrder("HEALTH_INSURANCE", "SANITATION", "HOUSING_AREA"));
    }

    @Test
    void explainsInEnglishWhenAsked() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(answers("referenceDate", "2023-05-01", "areaType", "URBAN", "incomeScore", 176, "deprivations", List.of()))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(200).body("status", is("NOT_POOR"))
                .body("standardName", is("Multidimensional poverty standard 2022–2025"))
                .body("explanation[0].text", startsWith("Score A of 176 is above 175"));
    }

    @Test
    void usesTheStandardInForceOnTheReferenceDate() {
        given().contentType(ContentType.JSON)
                .body(answers("referenceDate", "2019-06-01", "areaType", "RURAL", "monthlyIncomePerCapitaVnd", 650_000,
                        "deprivations", List.of("ACCESS_TO_HEALTH_SERVICES")))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(200).body("standardCode", is("QD59_2015")).body("status", is("POOR"))
                .body("deprivationScore", nullValue());
        given().contentType(ContentType.JSON)
                .body(answers("referenceDate", "2028-06-01", "areaType", "RURAL", "monthlyIncomePerCapitaVnd", 2_500_000,
                        "deprivations", List.of("WASTE_TREATMENT")))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(200).body("standardCode", is("ND351_2025")).body("status", is("NOT_POOR"))
                .body("unconfirmed", hasItem("thresholds.RURAL.middleIncomeCeilingVnd"))
                .body("explanation.code", hasItem("MIDDLE_INCOME_BAND_UNCONFIRMED"));
    }

    @Test
    void pointsAtUnknownDuplicateAndForeignIndicators() {
        given().contentType(ContentType.JSON)
                .body(answers("standardCode", "ND07_2021", "areaType", "RURAL", "monthlyIncomePerCapitaVnd", 1_000_000,
                        "deprivations", List.of("SANITATION", "FLYING_CARS", "SANITATION", "WASTE_TREATMENT")))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.pointer", contains("/deprivations/1", "/deprivations/2", "/deprivations/3"))
                .body("errors.code", contains("UNKNOWN_INDICATOR", "DUPLICATE_INDICATOR", "INDICATOR_NOT_IN_STANDARD"));
    }

    @Test
    void needsExactlyOneIncomeFieldAndNoNegativeValues() {
        given().contentType(ContentType.JSON)
                .body(answers("areaType", "RURAL", "monthlyIncomePerCapitaVnd", 1_000_000, "incomeScore", 100, "deprivations", List.of()))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(400).body("errors.pointer", contains("/monthlyIncomePerCapitaVnd", "/incomeScore"))
                .body("errors.code", contains("ONE_INCOME_FIELD", "ONE_INCOME_FIELD"));
        given().contentType(ContentType.JSON).body(answers("areaType", "RURAL", "deprivations", List.of()))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(400).body("errors.code", hasItem("ONE_INCOME_FIELD"));
        given().contentType(ContentType.JSON)
                .body(answers("areaType", "RURAL", "monthlyIncomePerCapitaVnd", -1, "deprivations", List.of()))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(400).body("errors.pointer", contains("/monthlyIncomePerCapitaVnd"));
    }

    @Test
    void rejectsUnknownStandardsDatesWithoutOneAndScoresWithoutLines() {
        given().contentType(ContentType.JSON)
                .body(answers("standardCode", "ND99", "areaType", "RURAL", "monthlyIncomePerCapitaVnd", 1, "deprivations", List.of()))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(400).body("errors[0].pointer", is("/standardCode")).body("errors[0].code", is("UNKNOWN_STANDARD"));
        given().contentType(ContentType.JSON)
                .body(answers("referenceDate", "2010-01-01", "areaType", "RURAL", "monthlyIncomePerCapitaVnd", 1, "deprivations", List.of()))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(400).body("errors[0].pointer", is("/referenceDate")).body("errors[0].code", is("NO_STANDARD_IN_FORCE"));
        given().contentType(ContentType.JSON)
                .body(answers("standardCode", "ND351_2025", "areaType", "RURAL", "incomeScore", 100, "deprivations", List.of()))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(400).body("errors[0].pointer", is("/incomeScore")).body("errors[0].code", is("SCORE_MODE_UNAVAILABLE"));
        given().contentType(ContentType.JSON)
                .body(answers("areaType", "SUBURBAN", "monthlyIncomePerCapitaVnd", 1, "deprivations", List.of()))
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].pointer", is("/areaType"));
        given().contentType(ContentType.JSON)
                .body("{\"standardCode\":null,\"referenceDate\":null,\"areaType\":\"RURAL\",\"monthlyIncomePerCapitaVnd\":null,"
                        + "\"incomeScore\":120,\"deprivations\":[]}")
                .post("/api/v1/poverty-evaluations")
                .then().statusCode(200).body("status", is("NEAR_POOR"));
    }

    @Test
    void publishesTheStandardsWithTheirCitations() {
        given().get("/api/v1/poverty-standards")
                .then().statusCode(200)
                .body("items.code", contains("QD59_2015", "ND07_2021", "ND351_2025"))
                .body("items[1].legalCitation", startsWith("Nghị định 07/2021/NĐ-CP"))
                .body("items[1].indicators", org.hamcrest.Matchers.hasSize(12))
                .body("items[0].indicators.code", hasItem("ACCESS_TO_HEALTH_SERVICES"))
                .body("items[2].indicators.code", hasItem("WASTE_TREATMENT"))
                .body("items[2].indicators.code", org.hamcrest.Matchers.not(hasItem("INFORMATION_ACCESS")))
                .body("items[1].thresholds.find { it.areaType == 'URBAN' }.incomeScoreLine", is(175));
        given().get("/api/v1/poverty-standards/NOPE").then().statusCode(404).body("code", is("STANDARD_NOT_FOUND"));
    }
}
