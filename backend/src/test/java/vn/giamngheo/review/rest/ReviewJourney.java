package vn.giamngheo.review.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.testing.Tokens;

/** The API calls a review takes, for the tests of the review workflow. */
public final class ReviewJourney {
    private ReviewJourney() {
    }

    public static String openRegular(int year, int month) {
        return given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "REGULAR", "year", year, "month", month))
                .post("/api/v1/review-cycles").then().statusCode(201).extract().path("id");
    }

    public static String apply(String token, String cycleId, String householdId, String appliedOn) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("householdId", householdId, "appliedOn", appliedOn))
                .post("/api/v1/review-cycles/{id}/cases", cycleId).then().statusCode(201).extract().path("summary.id");
    }

    /** Decisions equal to what the registry's facts propose (unknown ones as not deprived). */
    public static List<Map<String, Object>> proposedDecisions(String householdId, String date) {
        List<Map<String, Object>> found = given().auth().oauth2(Tokens.districtOfficer()).queryParam("date", date)
                .get("/api/v1/households/{id}/classification", householdId).then().statusCode(200).extract().path("indicators");
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (Map<String, Object> f : found) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("code", f.get("code"));
            d.put("deprived", "DEPRIVED".equals(f.get("outcome")));
            decisions.add(d);
        }
        return decisions;
    }

    public static ValidatableResponse assess(String token, String cycleId, String caseId, String on, Object income, List<Map<String, Object>> decisions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", caseId);
        body.put("assessedOn", on);
        body.put("reviewerName", "Lê Thị Hoa");
        body.put("monthlyIncomePerCapitaVnd", income);
        body.put("indicators", decisions);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/review-cycles/{id}/assessments", cycleId).then();
    }

    public static ValidatableResponse meet(String token, String cycleId, String commune, String hamlet, String on, int attendees,
                                    String caseId, int agree) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("communeCode", commune, "hamletCode", hamlet, "heldOn", on, "chairName", "Trần Văn Bảy",
                        "attendees", attendees, "votes", List.of(Map.of("caseId", caseId, "agree", agree))))
                .post("/api/v1/review-cycles/{id}/meetings", cycleId).then();
    }

    public static ValidatableResponse post(String token, String communeReviewId, String from, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("postedFrom", from, "postedTo", to))
                .post("/api/v1/commune-reviews/{id}/posting", communeReviewId).then();
    }

    public static ValidatableResponse decide(String token, String communeReviewId, String on) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("decisionNumber", "125/QĐ-UBND", "decidedOn", on))
                .post("/api/v1/commune-reviews/{id}/decision", communeReviewId).then();
    }

    public static String communeReviewId(String cycleId, String communeCode) {
        return given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/review-cycles/{id}", cycleId).then().statusCode(200)
                .extract().path("communes.find { it.communeCode == '" + communeCode + "' }.id");
    }

    /** Posts and decides every commune that has no cases, so the district can consolidate. */
    public static void decideEmptyCommunes(String cycleId, String from, String to, String decidedOn) {
        List<Map<String, Object>> communes = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/review-cycles/{id}", cycleId)
                .then().statusCode(200).extract().path("communes");
        for (Map<String, Object> c : communes) {
            if ("ASSESSING".equals(c.get("stage")) && ((Map<?, ?>) c.get("progress")).get("total").equals(0)) {
                post(Tokens.districtOfficer(), (String) c.get("id"), from, to).statusCode(200);
                decide(Tokens.districtOfficer(), (String) c.get("id"), decidedOn).statusCode(200);
            }
        }
    }
}
