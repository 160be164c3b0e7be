package vn.giamngheo.review.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.giamngheo.review.rest.ReviewJourney.assess;
import static vn.giamngheo.review.rest.ReviewJourney.communeReviewId;
import static vn.giamngheo.review.rest.ReviewJourney.decide;
import static vn.giamngheo.review.rest.ReviewJourney.meet;
import static vn.giamngheo.review.rest.ReviewJourney.post;
import static vn.giamngheo.review.rest.ReviewJourney.proposedDecisions;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/** A household through a whole regular review, with each refused step on the way; then the district consolidates. */
@QuarkusTest
class ReviewWorkflowTest {
    private static final String COMMUNE = "29956";
    private static final String HAMLET = "29956-01";

    @Test
    void aHouseholdGoesFromApplicationToAFrozenStatus() {
        String commune = Tokens.communeOfficer(COMMUNE);
        String other = Tokens.communeOfficer("29971");
        String cycleId = ReviewJourney.openRegular(2023, 3);

        Map<String, Object> body = Fixtures.household(COMMUNE, "Lê Văn Tư");
        body.put("monthlyIncomePerCapitaVnd", 1_200_000);
        body.put("housing", Map.of("floorAreaM2", 18, "wallMaterial", "BAMBOO_LEAVES", "columnMaterial", "SOFTWOOD_PLANKS",
                "roofMaterial", "BAMBOO_LEAVES", "waterSource", "SURFACE_WATER", "latrineType", "FISH_POND", "usesTelecom", true,
                "devices", List.of("SMARTPHONE"), "hearsLoudspeaker", true));
        String householdId = Fixtures.register(body).path("id");

        String caseId = ReviewJourney.apply(commune, cycleId, householdId, "2023-03-16");
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("householdId", householdId, "appliedOn", "2023-03-16"))
                .post("/api/v1/review-cycles/{id}/cases", cycleId).then().statusCode(409).body("code", is("ALREADY_IN_REVIEW"));
        given().auth().oauth2(commune).get("/api/v1/review-cases/{id}", caseId).then().statusCode(200)
                .body("summary.origin", is("APPLICATION")).body("summary.statusStart", is("NOT_POOR")).body("summary.state", is("LISTED"))
                .body("standardCode", is("ND07_2021"));
        given().auth().oauth2(other).get("/api/v1/review-cases/{id}", caseId).then().statusCode(404);
        given().auth().oauth2(Tokens.departmentOfficer()).get("/api/v1/review-cycles/{id}/cases", cycleId).then().statusCode(403);
        given().auth().oauth2(commune).queryParam("communeCode", "29971").get("/api/v1/review-cycles/{id}/cases", cycleId)
                .then().statusCode(200).body("items", hasSize(0));

        // assessment: every indicator decided; an override needs its reason
        List<Map<String, Object>> decisions = proposedDecisions(householdId, "2023-03-15");
        Map<String, Object> telecom = decisions.stream().filter(d -> d.get("code").equals("TELECOM_SERVICES")).findFirst().orElseThrow();
        telecom.put("deprived", true);
        int at = decisions.indexOf(telecom);
        assess(commune, cycleId, caseId, "2023-03-20", 1_200_000, decisions).statusCode(400)
                .body("errors.pointer", hasItem("/indicators/" + at + "/reason")).body("errors.code", hasItem("REASON_REQUIRED"));
        telecom.put("reason", "Điện thoại hỏng, không dùng được dịch vụ");
        assess(commune, cycleId, caseId, "2023-03-20", 1_200_000, decisions.subList(0, 11)).statusCode(400)
                .body("errors.code", hasItem("MISSING_INDICATOR"));
        assess(other, cycleId, caseId, "2023-03-20", 1_200_000, decisions).statusCode(404);
        assess(commune, cycleId, caseId, "2023-03-20", 1_200_000, decisions).statusCode(201)
                .body("summary.state", is("ASSESSED")).body("summary.proposedStatus", is("POOR"))
                .body("assessments[0].indicators.find { it.code == 'TELECOM_SERVICES' }.overridden", is(true))
                .body("assessments[0].indicators.find { it.code == 'TELECOM_SERVICES' }.proposed", is("NOT_DEPRIVED"))
                .body("assessments[0].indicators.find { it.code == 'HOUSING_QUALITY' }.evidence.fact", hasItem("wallMaterial"))
                .body("assessments[0].deprivationScore", is(60));

        // nothing is posted before its meeting
        String communeReviewId = communeReviewId(cycleId, COMMUNE);
        post(commune, communeReviewId, "2023-03-27", "2023-03-31").statusCode(409).body("code", is("ILLEGAL_TRANSITION"));

        // a meeting without a majority sends the case back; a new assessment and a second meeting agree
        meet(commune, cycleId, COMMUNE, HAMLET, "2023-03-22", 40, caseId, 41).statusCode(400).body("errors[0].pointer", is("/votes/0/agree"));
        meet(other, cycleId, COMMUNE, HAMLET, "2023-03-22", 40, caseId, 30).statusCode(404);
        meet(commune, cycleId, COMMUNE, HAMLET, "2023-03-22", 40, caseId, 19).statusCode(201).body("votes[0].agreed", is(false));
        given().auth().oauth2(commune).get("/api/v1/review-cases/{id}", caseId).then().body("summary.state", is("RETURNED"));
        meet(commune, cycleId, COMMUNE, HAMLET, "2023-03-23", 40, caseId, 30).statusCode(409).body("code", is("ILLEGAL_TRANSITION"));
        assess(commune, cycleId, caseId, "2023-03-23", 1_200_000, decisions).statusCode(201);
        meet(commune, cycleId, COMMUNE, HAMLET, "2023-03-24", 40, caseId, 20).statusCode(201).body("votes[0].agreed", is(true));

        // posting: at least 3 working days, by the commune itself
        post(other, communeReviewId, "2023-03-27", "2023-03-31").statusCode(404);
        post(commune, communeReviewId, "2023-03-24", "2023-03-27").statusCode(400).body("errors[0].code", is("POSTING_TOO_SHORT"));
        post(commune, communeReviewId, "2023-03-27", "2023-03-31").statusCode(200).body("stage", is("POSTING"));
        assess(commune, cycleId, caseId, "2023-03-28", 1_200_000, decisions).statusCode(409).body("code", is("ILLEGAL_TRANSITION"));

        // a complaint blocks the decision until it is resolved; upholding needs a re-check first
        String complaintId = given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "receivedOn", "2023-03-28", "complainant", "Phạm Thị Lan", "content", "Hộ có xe tải"))
                .post("/api/v1/review-cycles/{id}/complaints", cycleId).then().statusCode(201).body("state", is("OPEN")).extract().path("id");
        decide(commune, communeReviewId, "2023-04-03").statusCode(409).body("detail", containsString("complaints"));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD", "resolvedOn", "2023-03-30"))
                .post("/api/v1/review-complaints/{id}/resolution", complaintId).then().statusCode(409).body("code", is("RECHECK_REQUIRED"));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "resolvedOn", "2023-03-30",
                        "note", "Xe tải đã bán năm 2021"))
                .post("/api/v1/review-complaints/{id}/resolution", complaintId).then().statusCode(200)
                .body("outcome", is("REJECTED")).body("recheckedStatus", is("POOR"));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "resolvedOn", "2023-03-30"))
                .post("/api/v1/review-complaints/{id}/resolution", complaintId).then().statusCode(409).body("code", is("ILLEGAL_TRANSITION"));

        // the decision only after the posting window
        decide(commune, communeReviewId, "2023-03-31").statusCode(400).body("errors[0].pointer", is("/decidedOn"));
        decide(other, communeReviewId, "2023-04-03").statusCode(404);
        decide(commune, communeReviewId, "2023-04-03").statusCode(200).body("stage", is("DECIDED")).body("decisionNumber", is("125/QĐ-UBND"));
        decide(commune, communeReviewId, "2023-04-04").statusCode(409).body("code", is("ILLEGAL_TRANSITION"));

        // consolidation: only the district, only when every commune has decided
        given().auth().oauth2(commune).post("/api/v1/review-cycles/{id}/consolidation", cycleId).then().statusCode(403);
        given().auth().oauth2(Tokens.districtOfficer()).post("/api/v1/review-cycles/{id}/consolidation", cycleId).then().statusCode(409)
                .body("code", is("ILLEGAL_TRANSITION")).body("detail", containsString("29971"));
        ReviewJourney.decideEmptyCommunes(cycleId, "2023-03-27", "2023-03-31", "2023-04-03");
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/review-cycles/{id}/summary", cycleId).then().statusCode(200)
                .body("provisional", is(true))
                .body("communes.find { it.areaCode == '29956' }.transitions.NEWLY_POOR", is(1));
        given().auth().oauth2(Tokens.districtOfficer()).post("/api/v1/review-cycles/{id}/consolidation", cycleId).then().statusCode(200)
                .body("state", is("CONSOLIDATED")).body("communes.stage", everyItem(is("CONSOLIDATED")));

        given().auth().oauth2(commune).queryParam("transition", "NEWLY_POOR").get("/api/v1/review-cycles/{id}/status-records", cycleId)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].householdId", is(householdId))
                .body("items[0].statusStart", is("NOT_POOR")).body("items[0].statusEnd", is("POOR"))
                .body("items[0].decidedOn", is("2023-04-03")).body("items[0].escapedOn", nullValue());
        given().auth().oauth2(other).get("/api/v1/review-cycles/{id}/status-records", cycleId).then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/review-cycles/{id}/summary", cycleId).then().statusCode(200)
                .body("provisional", is(false))
                .body("communes.find { it.areaCode == '29956' }.poorEnd", is(1))
                .body("district.transitions.NEWLY_POOR", is(1));
        String csv = given().auth().oauth2(commune).get("/api/v1/review-cycles/{id}/approved-lists/POOR", cycleId).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv).contains("Lê Văn Tư").contains("Hộ nghèo").doesNotContain("087");

        // frozen: the cycle takes no more steps
        assess(commune, cycleId, caseId, "2023-04-05", 1_200_000, decisions).statusCode(409);
        given().auth().oauth2(Tokens.districtOfficer()).post("/api/v1/review-cycles/{id}/consolidation", cycleId).then().statusCode(409);
    }

    @Test
    void anUpheldComplaintThatChangesTheResultIsPostedAgain() {
        String commune = Tokens.communeOfficer(COMMUNE);
        String cycleId = ReviewJourney.openRegular(2023, 5);
        Map<String, Object> body = Fixtures.household(COMMUNE, "Đặng Văn Út");
        body.put("monthlyIncomePerCapitaVnd", 1_300_000);
        String householdId = Fixtures.register(body).path("id");
        String caseId = ReviewJourney.apply(commune, cycleId, householdId, "2023-05-15");
        List<Map<String, Object>> decisions = proposedDecisions(householdId, "2023-05-15");
        assess(commune, cycleId, caseId, "2023-05-16", 1_300_000, decisions).statusCode(201).body("summary.proposedStatus", is("NEAR_POOR"));
        meet(commune, cycleId, COMMUNE, HAMLET, "2023-05-17", 30, caseId, 15).statusCode(201).body("votes[0].agreed", is(true));
        String communeReviewId = communeReviewId(cycleId, COMMUNE);
        post(commune, communeReviewId, "2023-05-18", "2023-05-24").statusCode(200);
        String complaintId = given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "receivedOn", "2023-05-19", "complainant", "Đặng Văn Út", "content", "Thu nhập đã giảm"))
                .post("/api/v1/review-cycles/{id}/complaints", cycleId).then().statusCode(201).extract().path("id");
        // the re-check finds an income above the line
        assess(commune, cycleId, caseId, "2023-05-22", 2_400_000, decisions).statusCode(201)
                .body("summary.state", is("DISPUTED")).body("assessments", hasSize(2));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD", "resolvedOn", "2023-05-23"))
                .post("/api/v1/review-complaints/{id}/resolution", complaintId).then().statusCode(200)
                .body("recheckedStatus", not(is("NEAR_POOR")));
        given().auth().oauth2(commune).get("/api/v1/commune-reviews/{id}", communeReviewId).then().statusCode(200)
                .body("stage", is("ASSESSING")).body("postedFrom", nullValue()).body("progress.agreed", is(1));
        decide(commune, communeReviewId, "2023-05-26").statusCode(409);
        post(commune, communeReviewId, "2023-05-24", "2023-05-26").statusCode(200);
        decide(commune, communeReviewId, "2023-05-29").statusCode(200);
        given().auth().oauth2(commune).get("/api/v1/review-cases/{id}", caseId).then()
                .body("summary.finalStatus", not(is("NEAR_POOR"))).body("complaints[0].outcome", is("UPHELD"));
    }

    @Test
    void cyclesAreOpenedOnceByTheDistrictWithValidInput() {
        given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).contentType(ContentType.JSON)
                .body(Map.of("kind", "REGULAR", "year", 2023, "month", 7)).post("/api/v1/review-cycles").then().statusCode(403);
        ReviewJourney.openRegular(2023, 7);
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "REGULAR", "year", 2023, "month", 7)).post("/api/v1/review-cycles").then().statusCode(409)
                .body("code", is("DUPLICATE_CYCLE"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "REGULAR", "year", 2023)).post("/api/v1/review-cycles").then().statusCode(400)
                .body("errors[0].pointer", is("/month"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERIODIC", "year", 2023, "standardCode", "QD59_2015")).post("/api/v1/review-cycles").then().statusCode(400)
                .body("errors[0].code", is("STANDARD_NOT_IN_FORCE"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SOMETIMES", "year", 2023)).post("/api/v1/review-cycles").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("kind", "REGULAR", "year", 2023, "month", 8))
                .post("/api/v1/review-cycles").then().statusCode(401);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/review-cycles").then().statusCode(200);
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/review-cycles/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aPeriodicCycleListsTheHouseholdsOnTheListAndFindsWhoEscaped() {
        String commune = Tokens.communeOfficer(COMMUNE);
        // 2023 regular review: the household becomes poor
        String first = ReviewJourney.openRegular(2023, 9);
        Map<String, Object> body = Fixtures.household(COMMUNE, "Huỳnh Văn Chín");
        body.put("monthlyIncomePerCapitaVnd", 1_000_000);
        body.put("housing", Map.of("floorAreaM2", 15, "wallMaterial", "BAMBOO_LEAVES", "roofMaterial", "BAMBOO_LEAVES",
                "waterSource", "SURFACE_WATER", "latrineType", "NONE", "usesTelecom", true, "devices", List.of("SMARTPHONE")));
        String householdId = Fixtures.register(body).path("id");
        String caseId = ReviewJourney.apply(commune, first, householdId, "2023-09-15");
        assess(commune, first, caseId, "2023-09-18", 1_000_000, proposedDecisions(householdId, "2023-09-15")).statusCode(201)
                .body("summary.proposedStatus", is("POOR"));
        meet(commune, first, COMMUNE, HAMLET, "2023-09-19", 20, caseId, 20).statusCode(201);
        post(commune, communeReviewId(first, COMMUNE), "2023-09-20", "2023-09-25").statusCode(200);
        decide(commune, communeReviewId(first, COMMUNE), "2023-09-26").statusCode(200);
        ReviewJourney.decideEmptyCommunes(first, "2023-09-20", "2023-09-25", "2023-09-26");
        given().auth().oauth2(Tokens.districtOfficer()).post("/api/v1/review-cycles/{id}/consolidation", first).then().statusCode(200);

        // the 2024 periodic review lists it, and its income has risen above the line
        String periodic = given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PERIODIC", "year", 2024)).post("/api/v1/review-cycles").then().statusCode(201)
                .body("opensOn", is("2024-09-01")).body("closesOn", is("2024-12-14")).extract().path("id");
        String listed = given().auth().oauth2(commune).queryParam("householdId", householdId)
                .get("/api/v1/review-cycles/{id}/cases", periodic).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].origin", is("LIST")).body("items[0].statusStart", is("POOR"))
                .extract().path("items[0].id");
        assess(commune, periodic, listed, "2024-09-10", 2_500_000, proposedDecisions(householdId, "2024-09-01")).statusCode(201)
                .body("summary.proposedStatus", is("NOT_POOR"));
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/review-cycles/{id}/summary", periodic).then().statusCode(200)
                .body("communes.find { it.areaCode == '29956' }.transitions.ESCAPED_POVERTY", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void formB1ScoresAreSummedAndEachRoleDoesOnlyItsPart() {
        String commune = Tokens.communeOfficer(COMMUNE);
        String cycleId = ReviewJourney.openRegular(2023, 11);
        Map<String, Object> body = Fixtures.household(COMMUNE, "Tạ Văn Mười");
        String householdId = Fixtures.register(body).path("id");
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(Map.of("householdId", householdId, "appliedOn", "2023-11-15"))
                .post("/api/v1/review-cycles/{id}/cases", cycleId).then().statusCode(403);
        given().auth().oauth2(Tokens.departmentOfficer()).get("/api/v1/review-cycles").then().statusCode(403);
        given().auth().oauth2(Tokens.expiredDistrictOfficer()).get("/api/v1/review-cycles").then().statusCode(401);
        String caseId = ReviewJourney.apply(commune, cycleId, householdId, "2023-11-15");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/review-cases/{id}", caseId).then().statusCode(200);

        Map<String, Object> assessment = new java.util.LinkedHashMap<>();
        assessment.put("caseId", caseId);
        assessment.put("assessedOn", "2023-11-16");
        assessment.put("reviewerName", "Lê Thị Hoa");
        assessment.put("incomeScoreItems", List.of(Map.of("code", "HOUSEHOLD_SIZE", "label", "Số nhân khẩu", "points", 60),
                Map.of("code", "ASSETS", "label", "Tài sản", "points", 70)));
        assessment.put("indicators", proposedDecisions(householdId, "2023-11-15"));
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(assessment)
                .post("/api/v1/review-cycles/{id}/assessments", cycleId).then().statusCode(403);
        assessment.put("monthlyIncomePerCapitaVnd", 1_000_000);
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(assessment)
                .post("/api/v1/review-cycles/{id}/assessments", cycleId).then().statusCode(400)
                .body("errors.pointer", hasItem("/incomeScoreItems")).body("errors.code", hasItem("EXACTLY_ONE_INCOME"));
        assessment.remove("monthlyIncomePerCapitaVnd");
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(assessment)
                .post("/api/v1/review-cycles/{id}/assessments", cycleId).then().statusCode(201)
                .body("assessments[0].incomeScore", is(130)).body("assessments[0].incomeScoreItems", hasSize(2))
                .body("summary.proposedStatus", is("NEAR_POOR"));
        String communeReviewId = communeReviewId(cycleId, COMMUNE);
        meet(commune, cycleId, COMMUNE, HAMLET, "2023-11-17", 10, caseId, 5).statusCode(201);
        post(Tokens.auditor(), communeReviewId, "2023-11-20", "2023-11-22").statusCode(403);
        post(Tokens.communeOfficer("29971"), communeReviewId, "2023-11-20", "2023-11-22").statusCode(404);
    }

    @Test
    void frozenStatusRecordsRefuseChanges() {
        String commune = Tokens.communeOfficer(COMMUNE);
        String cycleId = ReviewJourney.openRegular(2024, 1);
        Map<String, Object> body = Fixtures.household(COMMUNE, "Mai Văn Một");
        body.put("monthlyIncomePerCapitaVnd", 900_000);
        var registered = Fixtures.register(body);
        String householdId = registered.path("id");
        String caseId = ReviewJourney.apply(commune, cycleId, householdId, "2024-01-15");
        assess(commune, cycleId, caseId, "2024-01-16", 900_000, proposedDecisions(householdId, "2024-01-15")).statusCode(201);
        meet(commune, cycleId, COMMUNE, HAMLET, "2024-01-17", 10, caseId, 9).statusCode(201);
        post(commune, communeReviewId(cycleId, COMMUNE), "2024-01-18", "2024-01-22").statusCode(200);
        decide(commune, communeReviewId(cycleId, COMMUNE), "2024-01-23").statusCode(200);
        ReviewJourney.decideEmptyCommunes(cycleId, "2024-01-18", "2024-01-22", "2024-01-23");
        given().auth().oauth2(Tokens.districtOfficer()).post("/api/v1/review-cycles/{id}/consolidation", cycleId).then().statusCode(200);
        String status = given().auth().oauth2(commune).get("/api/v1/review-cycles/{id}/status-records", cycleId).then().statusCode(200)
                .extract().path("items.find { it.householdId == '" + householdId + "' }.statusEnd");

        given().auth().oauth2(commune).get("/api/v1/households/{id}/poverty-statuses", householdId).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].statusEnd", is(status)).body("items[0].year", is(2024));
        given().auth().oauth2(Tokens.communeOfficer("29971")).get("/api/v1/households/{id}/poverty-statuses", householdId)
                .then().statusCode(404);

        // a later edit of the household leaves its frozen status alone
        Map<String, Object> update = new java.util.LinkedHashMap<>();
        update.put("hamletCode", HAMLET);
        update.put("address", "Số 3, ấp 1");
        update.put("monthlyIncomePerCapitaVnd", 5_000_000);
        update.put("housing", body.get("housing"));
        given().auth().oauth2(commune).contentType(ContentType.JSON).header("If-Match", registered.header("ETag")).body(update)
                .put("/api/v1/households/{id}", householdId).then().statusCode(200);
        given().auth().oauth2(commune).get("/api/v1/review-cycles/{id}/status-records", cycleId).then().statusCode(200)
                .body("items.find { it.householdId == '" + householdId + "' }.statusEnd", is(status));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vn.giamngheo.testing.Sql.update(
                        "update household_status_record set status_end = 'NOT_POOR' where household_id = '" + householdId + "'"))
                .hasMessageContaining("frozen");
    }
}
