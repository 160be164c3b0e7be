package vn.giamngheo.transfer.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static vn.giamngheo.transfer.rest.ExportFixtures.NDJSON;
import static vn.giamngheo.transfer.rest.ExportFixtures.XLSX;
import static vn.giamngheo.transfer.rest.ExportFixtures.csvRows;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamngheo.benefit.rest.EntitlementResourceTest;
import vn.giamngheo.review.rest.ReviewJourney;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/** A consolidated review's lists leave as one file per area, filtered by list and transition, audited. */
@QuarkusTest
class ReviewRecordsExportTest {
    private static final String PATH = "/api/v1/exports/review-records";

    @Test
    void staffExportTheFrozenListsOfTheirAreaInEachFormat() throws Exception {
        // one household reviewed and consolidated through the API; two more frozen alongside it
        Response poor = EntitlementResourceTest.poorHousehold("Lưu Văn Danh");
        String poorCode = poor.path("code");
        String cycleId = ReviewJourney.openRegular(2025, 9);
        EntitlementResourceTest.reviewed(cycleId, 9, poor.path("id"), 1_000_000);
        Response better = Fixtures.register("29956", "Lưu Thị Khá");
        String betterCode = better.path("code");
        Fixtures.frozenStatus(better.path("id"), cycleId, 2025, "POOR", "NEAR_POOR", "POOR_TO_NEAR_POOR", LocalDate.parse("2025-09-27"), LocalDate.parse("2025-09-27"));
        Response other = Fixtures.register("29971", "Lưu Văn Xa");
        String otherCode = other.path("code");
        Fixtures.frozenStatus(other.path("id"), cycleId, 2025, "NEAR_POOR", "NOT_POOR", "ESCAPED_NEAR_POVERTY", LocalDate.parse("2025-09-27"), LocalDate.parse("2025-09-27"));

        // CSV: the commune officer's own commune
        String commune = Tokens.communeOfficer("29956");
        String csv = given().auth().oauth2(commune).queryParam("cycleId", cycleId).get(PATH).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"review-records-2025-09-29956.csv\"")).extract().asString();
        assertThat(csv).startsWith("\uFEFFhouseholdCode,communeCode,hamletCode,headName,year,statusStart,statusEnd,transition,standardCode,"
                + "decidedOn,escapedOn\r\n");
        assertThat(csvRows(csv)).containsExactlyInAnyOrder(
                poorCode + ",29956,29956-01,Lưu Văn Danh,2025,NOT_POOR,POOR,NEWLY_POOR,ND07_2021,2025-09-27,",
                betterCode + ",29956,29956-01,Lưu Thị Khá,2025,POOR,NEAR_POOR,POOR_TO_NEAR_POOR,ND07_2021,2025-09-27,2025-09-27");
        given().auth().oauth2(Tokens.auditor()).queryParam("action", "STATUS_RECORDS_EXPORTED").queryParam("entityId", cycleId)
                .queryParam("actor", "xa.29956").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.size()", is(1)).body("items[0].kind", is("EXPORT")).body("items[0].communeCode", is("29956"))
                .body("items[0].context.rows", is(2)).body("items[0].context.cycleId", is(cycleId))
                .body("items[0].context.format", is("CSV"));
        given().auth().oauth2(commune).queryParam("cycleId", cycleId).queryParam("communeCode", "29971").get(PATH).then().statusCode(403)
                .contentType("application/problem+json").body("code", is("OUTSIDE_AREA"));

        // NDJSON for the district: lists and transitions narrow it, both must hold
        String district = Tokens.districtOfficer();
        assertThat(codes(district, cycleId, Map.of())).containsExactlyInAnyOrder(poorCode, betterCode, otherCode);
        assertThat(codes(district, cycleId, Map.of("list", List.of("POOR")))).containsExactly(poorCode);
        assertThat(codes(district, cycleId, Map.of("list", List.of("NEAR_POOR")))).containsExactly(betterCode);
        assertThat(codes(district, cycleId, Map.of("list", List.of("ESCAPED_POVERTY")))).containsExactly(betterCode);
        assertThat(codes(district, cycleId, Map.of("list", List.of("ESCAPED_NEAR_POVERTY")))).containsExactly(otherCode);
        assertThat(codes(district, cycleId, Map.of("list", List.of("POOR", "ESCAPED_NEAR_POVERTY")))).containsExactlyInAnyOrder(poorCode, otherCode);
        assertThat(codes(district, cycleId, Map.of("transition", List.of("NEWLY_POOR", "ESCAPED_NEAR_POVERTY"))))
                .containsExactlyInAnyOrder(poorCode, otherCode);
        assertThat(codes(district, cycleId, Map.of("list", List.of("POOR"), "transition", List.of("ESCAPED_NEAR_POVERTY")))).isEmpty();
        assertThat(codes(district, cycleId, Map.of("communeCode", List.of("29971")))).containsExactly(otherCode);
        JsonNode line = ExportFixtures.json(given().auth().oauth2(district).accept(NDJSON).queryParam("cycleId", cycleId)
                .queryParam("list", "POOR").get(PATH).then().statusCode(200).contentType(NDJSON)
                .header("Content-Disposition", is("attachment; filename=\"review-records-2025-09-all.ndjson\"")).extract().asString().strip());
        assertThat(line.path("year").isInt()).isTrue();
        assertThat(line.path("headName").asText()).isEqualTo("Lưu Văn Danh");
        assertThat(line.has("escapedOn")).isFalse();

        // XLSX, typed cells
        byte[] xlsx = given().auth().oauth2(district).accept(XLSX).queryParam("cycleId", cycleId).get(PATH).then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        List<List<String>> sheet = ExportFixtures.sheet(xlsx);
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(0)).containsExactly("householdCode", "communeCode", "hamletCode", "headName", "year", "statusStart", "statusEnd",
                "transition", "standardCode", "decidedOn", "escapedOn");
        assertThat(sheet).contains(List.of(otherCode, "29971", "29971-01", "Lưu Văn Xa", "2025", "NEAR_POOR", "NOT_POOR",
                "ESCAPED_NEAR_POVERTY", "ND07_2021", "2025-09-27", "2025-09-27"));
        given().auth().oauth2(Tokens.auditor()).queryParam("action", "STATUS_RECORDS_EXPORTED").queryParam("entityId", cycleId)
                .queryParam("actor", "huyen.lan").get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].context.format", is("XLSX")).body("items[0].context.rows", is(3))
                .body("items[0].context.communeCode", is("all"))
                .body("items.find { it.context.lists != null && it.context.transitions != null }.context.rows", is(0));
    }

    @Test
    void anUnknownOrOpenCycleAndBadParametersAreProblems() {
        String district = Tokens.districtOfficer();
        String open = ReviewJourney.openRegular(2025, 10);
        given().auth().oauth2(district).queryParam("cycleId", open).get(PATH).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("CYCLE_NOT_CONSOLIDATED"));
        given().auth().oauth2(district).queryParam("cycleId", UUID.randomUUID().toString()).get(PATH).then().statusCode(404)
                .contentType("application/problem+json").body("code", is("NOT_FOUND"));
        given().auth().oauth2(district).get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED")).body("errors[0].parameter", is("cycleId")).body("errors[0].code", is("NotNull"));
        given().auth().oauth2(district).queryParam("cycleId", "2025-09").get(PATH).then().statusCode(400)
                .body("errors[0].parameter", is("cycleId")).body("errors[0].code", is("WRONG_TYPE"));
        given().auth().oauth2(district).queryParam("cycleId", open).queryParam("list", "RICH").get(PATH).then().statusCode(400)
                .body("errors[0].parameter", is("list")).body("errors[0].code", is("UNKNOWN_VALUE"))
                .body("errors[0].detail", containsString("ESCAPED_NEAR_POVERTY"));
        given().auth().oauth2(district).queryParam("cycleId", open).queryParam("transition", "NEWLY_RICH").get(PATH).then().statusCode(400)
                .body("errors[0].parameter", is("transition"));
        given().auth().oauth2(Tokens.departmentOfficer()).queryParam("cycleId", open).get(PATH).then().statusCode(403)
                .contentType("application/problem+json").body("code", is("FORBIDDEN"));
        given().queryParam("cycleId", open).get(PATH).then().statusCode(401);
    }

    /** The household codes of a district NDJSON export of the cycle with these query parameters. */
    private static List<String> codes(String token, String cycleId, Map<String, List<String>> query) {
        var request = given().auth().oauth2(token).accept(NDJSON).queryParam("cycleId", cycleId);
        query.forEach((k, v) -> request.queryParam(k, v));
        return request.get(PATH).then().statusCode(200).extract().asString().lines()
                .map(l -> ExportFixtures.json(l).path("householdCode").asText()).toList();
    }
}
