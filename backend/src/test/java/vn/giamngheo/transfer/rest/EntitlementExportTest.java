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
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.benefit.rest.EntitlementResourceTest;
import vn.giamngheo.review.rest.ReviewJourney;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/** Entitlements leave as files for the offices that fulfil them: scoped by area, filtered, audited. */
@QuarkusTest
class EntitlementExportTest {
    private static final String PATH = "/api/v1/exports/entitlements";

    @Test
    void staffExportTheEntitlementsOfTheirAreaInEachFormat() throws Exception {
        // a poor household of 29956 reviewed through the API, one of 29971 frozen alongside it
        Response own = EntitlementResourceTest.poorHousehold("Quách Văn Xuất");
        String ownId = own.path("id");
        String ownCode = own.path("code");
        String headId = own.path("members.find { it.relationship == 'HEAD' }.id");
        String headCitizenId = own.path("members.find { it.relationship == 'HEAD' }.citizenId");
        String cycleId = ReviewJourney.openRegular(2025, 8);
        EntitlementResourceTest.reviewed(cycleId, 8, ownId, 1_000_000);
        Response other = ExportFixtures.poorHousehold("29971", "Quách Thị Khác");
        String otherCode = other.path("code");
        Fixtures.frozenStatus(other.path("id"), cycleId, 2025, "NOT_POOR", "POOR", "NEWLY_POOR", LocalDate.parse("2025-08-27"), null);
        Fixtures.announce(other.path("id"));

        // the health insurer's card of the head, recorded by the commune
        String commune = Tokens.communeOfficer("29956");
        String card = String.format("HN48787%08d", System.nanoTime() % 100_000_000);
        String headCard = given().auth().oauth2(commune).get("/api/v1/households/{id}/entitlements", ownId).then().statusCode(200)
                .extract().path("items.find { it.programCode == 'HEALTH_INSURANCE' && it.memberId == '" + headId + "' }.id");
        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("step", "FULFILLED", "occurredOn", "2025-09-01", "cardNumber", card, "cardValidFrom", "2025-09-01",
                        "cardValidTo", "2026-12-31"))
                .post("/api/v1/entitlements/{id}/events", headCard).then().statusCode(200);

        // CSV: the commune officer's own commune only, one row per entitlement, a household's loan without a person
        String csv = given().auth().oauth2(commune).accept("text/csv").get(PATH).then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", is("attachment; filename=\"entitlements-29956.csv\""))
                .extract().asString();
        assertThat(csv).startsWith("\uFEFFhouseholdCode,communeCode,hamletCode,fullName,dateOfBirth,citizenId,programCode,ruleCode,state,"
                + "validFrom,validTo,supportRatePercent,amountCapVnd,monthlyAmountVnd,cardNumber,cardValidFrom,cardValidTo,loanAmountVnd,"
                + "repaymentStatus,employedAfter,endedOn,endReason,updatedAt\r\n");
        List<String> rows = csvRows(csv);
        assertThat(rows).allMatch(r -> r.contains(",29956,29956-"));
        assertThat(rows).anyMatch(r -> r.startsWith(ownCode + ",29956,29956-01,Quách Văn Xuất,1978-04-12," + headCitizenId
                + ",HEALTH_INSURANCE,HI_POOR,FULFILLED,2025-08-27,") && r.contains(",100.00,,," + card + ",2025-09-01,2026-12-31,"));
        assertThat(rows).anyMatch(r -> r.startsWith(ownCode + ",29956,29956-01,,,,LOAN_POOR,LOAN_POOR,ELIGIBLE,2025-08-27,,,100000000,"));
        assertThat(csv).doesNotContain(otherCode);
        long ownRows = rows.stream().filter(r -> r.startsWith(ownCode + ",")).count();
        assertThat(ownRows).isGreaterThanOrEqualTo(6);

        // the export is audited once, with its row count
        given().auth().oauth2(Tokens.auditor()).queryParam("action", "ENTITLEMENTS_EXPORTED").queryParam("actor", "xa.29956")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].kind", is("EXPORT")).body("items[0].entityType", is("ENTITLEMENT"))
                .body("items[0].communeCode", is("29956")).body("items[0].context.format", is("CSV"))
                .body("items[0].context.rows", is(rows.size())).body("items[0].context.communeCode", is("29956"));

        // another commune by name: refused, not emptied
        given().auth().oauth2(commune).accept("text/csv").queryParam("communeCode", "29971").get(PATH).then().statusCode(403)
                .contentType("application/problem+json").body("code", is("OUTSIDE_AREA"));

        // NDJSON: the district names a commune and a program
        String ndjson = given().auth().oauth2(Tokens.districtOfficer()).accept(NDJSON).queryParam("communeCode", "29971")
                .queryParam("programCode", "HEALTH_INSURANCE").get(PATH).then().statusCode(200).contentType(NDJSON)
                .header("Content-Disposition", is("attachment; filename=\"entitlements-29971-health-insurance.ndjson\"")).extract().asString();
        List<JsonNode> lines = ndjson.lines().map(ExportFixtures::json).toList();
        assertThat(lines).isNotEmpty().allMatch(l -> l.path("communeCode").asText().equals("29971")
                && l.path("programCode").asText().equals("HEALTH_INSURANCE"));
        assertThat(lines).filteredOn(l -> l.path("householdCode").asText().equals(otherCode)).hasSize(3)
                .allMatch(l -> l.path("supportRatePercent").decimalValue().intValue() == 100 && l.path("state").asText().equals("ELIGIBLE")
                        && !l.has("cardNumber"));

        // a state: only those entitlements
        String fulfilled = given().auth().oauth2(Tokens.districtOfficer()).accept("text/csv").queryParam("state", "FULFILLED")
                .queryParam("programCode", "HEALTH_INSURANCE").get(PATH).then().statusCode(200).extract().asString();
        assertThat(csvRows(fulfilled)).isNotEmpty().allMatch(r -> r.contains(",HEALTH_INSURANCE,") && r.contains(",FULFILLED,"))
                .anyMatch(r -> r.contains(card));

        // XLSX: every commune for the district, typed cells
        byte[] xlsx = given().auth().oauth2(Tokens.districtOfficer()).accept(XLSX).queryParam("programCode", "LOAN_POOR").get(PATH)
                .then().statusCode(200).contentType(XLSX).header("Content-Disposition", is("attachment; filename=\"entitlements-all-loan-poor.xlsx\""))
                .extract().asByteArray();
        List<List<String>> sheet = ExportFixtures.sheet(xlsx);
        assertThat(sheet.get(0)).startsWith("householdCode", "communeCode", "hamletCode", "fullName").endsWith("endReason", "updatedAt");
        assertThat(sheet).anySatisfy(r -> assertThat(r).startsWith(ownCode, "29956", "29956-01", "", "", "", "LOAN_POOR", "LOAN_POOR",
                "ELIGIBLE", "2025-08-27", "", "", "100000000"));
        assertThat(sheet).anySatisfy(r -> assertThat(r).startsWith(otherCode, "29971"));
        assertThat(sheet.subList(1, sheet.size())).allMatch(r -> r.get(6).equals("LOAN_POOR"));
        given().auth().oauth2(Tokens.auditor()).queryParam("action", "ENTITLEMENTS_EXPORTED").queryParam("actor", "huyen.lan")
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].context.format", is("XLSX")).body("items[0].context.programCode", is("LOAN_POOR"))
                .body("items[0].context.communeCode", is("all")).body("items[0].context.rows", is(sheet.size() - 1));
    }

    @Test
    void onlyStaffWithAnAreaAndBenefitReadExportAndBadFiltersAreProblems() {
        // auditors read benefits district-wide
        given().auth().oauth2(Tokens.auditor()).get(PATH).then().statusCode(200).contentType(containsString("text/csv"));
        // department staff read benefits but have no area in their token
        given().auth().oauth2(Tokens.departmentOfficer()).get(PATH).then().statusCode(403).contentType("application/problem+json")
                .body("code", is("OUTSIDE_AREA"));
        given().auth().oauth2(Tokens.clientCredentials("importer", "importer")).get(PATH).then().statusCode(403)
                .contentType("application/problem+json").body("code", is("FORBIDDEN"));
        given().get(PATH).then().statusCode(401).contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));

        String district = Tokens.districtOfficer();
        given().auth().oauth2(district).queryParam("state", "PAID").get(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED")).body("errors[0].parameter", is("state")).body("errors[0].code", is("UNKNOWN_VALUE"))
                .body("errors[0].detail", containsString("ELIGIBLE"));
        given().auth().oauth2(district).queryParam("programCode", "FREE_LUNCH").get(PATH).then().statusCode(400)
                .body("errors[0].parameter", is("programCode")).body("errors[0].code", is("UNKNOWN_PROGRAM"));
        given().auth().oauth2(district).queryParam("communeCode", "2995").get(PATH).then().statusCode(400)
                .body("errors[0].parameter", is("communeCode")).body("errors[0].code", is("Pattern"));
        given().auth().oauth2(district).accept("application/json").get(PATH).then().statusCode(406)
                .contentType("application/problem+json").body("code", is("NOT_ACCEPTABLE"));
    }
}
