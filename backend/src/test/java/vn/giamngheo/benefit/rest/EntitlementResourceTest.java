package vn.giamngheo.benefit.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
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
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.rest.ReviewJourney;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/** Entitlements follow the frozen statuses and the roster; offices record fulfilment within their commune. */
@QuarkusTest
public class EntitlementResourceTest {
    private static final String COMMUNE = "29956";
    private static final String HAMLET = "29956-01";

    /** A household the regular review of 2025/month decides with this income (poor with the poor housing below). */
    public static String reviewed(String cycleId, int month, String householdId, long income) {
        String commune = Tokens.communeOfficer(COMMUNE);
        String mm = String.format("2025-%02d-", month);
        String caseId = ReviewJourney.apply(commune, cycleId, householdId, mm + "15");
        assess(commune, cycleId, caseId, mm + "16", income, proposedDecisions(householdId, mm + "15")).statusCode(201);
        meet(commune, cycleId, COMMUNE, HAMLET, mm + "17", 20, caseId, 20).statusCode(201);
        post(commune, communeReviewId(cycleId, COMMUNE), mm + "20", mm + "24").statusCode(200);
        decide(commune, communeReviewId(cycleId, COMMUNE), mm + "27").statusCode(200);
        ReviewJourney.decideEmptyCommunes(cycleId, mm + "20", mm + "24", mm + "27");
        given().auth().oauth2(Tokens.districtOfficer()).post("/api/v1/review-cycles/{id}/consolidation", cycleId).then().statusCode(200);
        return caseId;
    }

    /** A household of three in the commune with a low income and poor housing. */
    public static Map<String, Object> poorHouseholdBody(String head) {
        Map<String, Object> body = Fixtures.household(COMMUNE, head);
        body.put("monthlyIncomePerCapitaVnd", 1_000_000);
        body.put("housing", Map.of("floorAreaM2", 15, "wallMaterial", "BAMBOO_LEAVES", "roofMaterial", "BAMBOO_LEAVES",
                "waterSource", "SURFACE_WATER", "latrineType", "NONE", "usesTelecom", true, "devices", List.of("SMARTPHONE")));
        return body;
    }

    public static Response poorHousehold(String head) {
        return Fixtures.register(poorHouseholdBody(head));
    }

    @Test
    void consolidationGrantsThePoorHouseholdsEntitlementsAndAMemberChangeRecomputesThem() {
        Response registered = poorHousehold("Võ Văn Hai");
        String householdId = registered.path("id");
        String childId = registered.path("members.find { it.relationship == 'CHILD' }.id");
        String cycleId = ReviewJourney.openRegular(2025, 1);
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .body("items", hasSize(0));
        reviewed(cycleId, 1, householdId, 1_000_000);

        String commune = Tokens.communeOfficer(COMMUNE);
        given().auth().oauth2(commune).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .body("items.findAll { it.programCode == 'HEALTH_INSURANCE' }.ruleCode", everyItem(is("HI_POOR")))
                .body("items.findAll { it.programCode == 'HEALTH_INSURANCE' }", hasSize(3))
                .body("items.find { it.programCode == 'HEALTH_INSURANCE' }.supportRatePercent", is(100.0f))
                .body("items.find { it.programCode == 'HEALTH_INSURANCE' }.validFrom", is("2025-01-27"))
                .body("items.find { it.programCode == 'HEALTH_INSURANCE' }.validTo", is("2026-12-31"))
                .body("items.find { it.programCode == 'LOAN_POOR' }.memberId", nullValue())
                .body("items.find { it.programCode == 'LOAN_POOR' }.amountCapVnd", is(100_000_000))
                .body("items.findAll { it.memberId == '" + childId + "' }.programCode",
                        hasItems("HEALTH_INSURANCE", "TUITION", "LEARNING_COST", "NUTRITION"))
                .body("items.state", everyItem(is("ELIGIBLE")))
                .body("items[0].events[0].kind", is("ELIGIBLE"))
                .body("items[0].events[0].recordedBy", is("huyen.lan"));
        given().auth().oauth2(Tokens.communeOfficer("29971")).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(404);
        given().auth().oauth2(Tokens.communeOfficer("29971")).queryParam("programCode", "LOAN_POOR").get("/api/v1/entitlements")
                .then().statusCode(200).body("items.householdId", not(hasItem(householdId)));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("programCode", "LOAN_POOR").queryParam("state", "ELIGIBLE")
                .queryParam("size", 100).get("/api/v1/entitlements").then().statusCode(200).body("items.householdId", hasItem(householdId));
        // department staff hold benefit:read but no area: they see no one
        given().auth().oauth2(Tokens.departmentOfficer()).get("/api/v1/entitlements").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("size", 101).get("/api/v1/entitlements").then().statusCode(400);

        // a newborn joins: its own card and nutrition support; the child who leaves loses theirs
        Map<String, Object> baby = Fixtures.member("Võ Thị Na", "CHILD", "FEMALE", LocalDate.of(2026, 5, 1));
        baby.remove("citizenId");
        baby.put("educationLevel", "NONE");
        baby.put("employment", "NOT_IN_LABOUR_FORCE");
        String etag = given().auth().oauth2(commune).get("/api/v1/households/{id}", householdId).then().extract().header("ETag");
        Response added = given().auth().oauth2(commune).contentType(ContentType.JSON).header("If-Match", etag).body(baby)
                .post("/api/v1/households/{id}/members", householdId).then().statusCode(201).extract().response();
        String babyId = added.path("members.find { it.fullName == 'Võ Thị Na' }.id");
        given().auth().oauth2(commune).contentType(ContentType.JSON).header("If-Match", added.header("ETag"))
                .body(Map.of("date", "2026-06-01", "reason", "MOVED_AWAY"))
                .post("/api/v1/households/{id}/members/{m}/departure", householdId, childId).then().statusCode(200);
        given().auth().oauth2(commune).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .body("items.findAll { it.memberId == '" + babyId + "' }.programCode", hasItems("HEALTH_INSURANCE", "NUTRITION"))
                .body("items.findAll { it.memberId == '" + childId + "' }.state", everyItem(is("EXPIRED")))
                .body("items.find { it.memberId == '" + childId + "' }.endReason", org.hamcrest.Matchers.containsString("left the household"))
                .body("items.find { it.memberId == '" + childId + "' }.events.kind", hasItems("ELIGIBLE", "EXPIRED"));
    }

    @Test
    void officesRecordStepsWithinTheirCommuneAndTheStateMachine() {
        Response registered = poorHousehold("Lâm Văn Ba");
        String householdId = registered.path("id");
        String cycleId = ReviewJourney.openRegular(2025, 2);
        reviewed(cycleId, 2, householdId, 1_000_000);
        String commune = Tokens.communeOfficer(COMMUNE);
        String loan = given().auth().oauth2(commune).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .extract().path("items.find { it.programCode == 'LOAN_POOR' }.id");

        given().auth().oauth2(Tokens.communeOfficer("29971")).contentType(ContentType.JSON)
                .body(Map.of("step", "REQUESTED", "occurredOn", "2026-02-01"))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(404);
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(Map.of("step", "REQUESTED", "occurredOn", "2026-02-01"))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(403);
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("step", "REQUESTED", "occurredOn", "2026-02-01"))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(200).body("state", is("REQUESTED"));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("step", "REQUESTED", "occurredOn", "2026-02-02"))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(409).contentType("application/problem+json")
                .body("code", is("ILLEGAL_TRANSITION"));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("step", "FULFILLED", "occurredOn", "2026-02-10"))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(400).body("errors[0].pointer", is("/amountVnd"));
        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("step", "FULFILLED", "occurredOn", "2026-02-10", "amountVnd", 150_000_000))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(400).body("errors[0].code", is("ABOVE_CAP"));
        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("step", "FULFILLED", "occurredOn", "2026-02-10", "amountVnd", 30_000_000))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(200).body("state", is("FULFILLED"))
                .body("loanAmountVnd", is(30_000_000));
        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("step", "REPAYMENT", "occurredOn", "2026-08-10", "repaymentStatus", "OVERDUE"))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(200).body("state", is("FULFILLED"))
                .body("repaymentStatus", is("OVERDUE")).body("events.kind", hasItems("ELIGIBLE", "REQUESTED", "FULFILLED", "REPAYMENT"))
                .body("events.recordedBy", hasItem("xa.29956"));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("step", "EMPLOYED", "occurredOn", "2026-08-10"))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(400).body("errors[0].code", is("STEP_NOT_FOR_PROGRAM"));
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("step", "SOMETHING", "occurredOn", "2026-08-10"))
                .post("/api/v1/entitlements/{id}/events", loan).then().statusCode(400);

        // vocational training: enrolled, completed, employed after; the list shows who found work
        String course = given().auth().oauth2(commune).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .extract().path("items.find { it.programCode == 'VOCATIONAL_TRAINING' }.id");
        given().auth().oauth2(commune).queryParam("programCode", "VOCATIONAL_TRAINING").queryParam("size", 100).get("/api/v1/entitlements")
                .then().statusCode(200).body("items.find { it.id == '" + course + "' }.employedAfter", is(false));
        for (String step : List.of("ENROLLED", "FULFILLED", "EMPLOYED")) {
            given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("step", step, "occurredOn", "2026-03-02"))
                    .post("/api/v1/entitlements/{id}/events", course).then().statusCode(200).body("state", is(step.equals("ENROLLED") ? "ENROLLED" : "FULFILLED"));
        }
        given().auth().oauth2(commune).queryParam("programCode", "VOCATIONAL_TRAINING").queryParam("state", "FULFILLED").queryParam("size", 100)
                .get("/api/v1/entitlements").then().statusCode(200)
                .body("items.find { it.id == '" + course + "' }.employedAfter", is(true));
        given().auth().oauth2(commune).queryParam("programCode", "LOAN_POOR").queryParam("size", 100).get("/api/v1/entitlements")
                .then().statusCode(200).body("items.find { it.id == '" + loan + "' }.employedAfter", is(false));
    }

    @Test
    void programsListTheirRulesWithCitationsAndUnconfirmedValues() {
        given().auth().oauth2(Tokens.departmentOfficer()).get("/api/v1/benefit-programs").then().statusCode(200)
                .body("items.code", hasItems("HEALTH_INSURANCE", "LOAN_ESCAPED", "VOCATIONAL_TRAINING", "TUITION", "NUTRITION", "LEGAL_AID"))
                .body("items.find { it.code == 'LEGAL_AID' }.rules", hasSize(0))
                .body("items.find { it.code == 'HEALTH_INSURANCE' }.rules.find { it.code == 'HI_NEAR_POOR' }.unconfirmed",
                        hasItem("provincialTopUpPercent"))
                .body("items.find { it.code == 'NUTRITION' }.rules.find { it.code == 'NUTRITION_MOTHER' }.derived", is(false));
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/benefit-programs/{code}", "LOAN_ESCAPED").then().statusCode(200)
                .body("rules[0].escapeWindowMonths", is(36)).body("rules[0].legalCitation", org.hamcrest.Matchers.containsString("28/2015"));
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/benefit-programs/{code}", "NOPE").then().statusCode(404)
                .body("code", is("PROGRAM_NOT_FOUND"));
        given().get("/api/v1/benefit-programs").then().statusCode(401);
    }
}
