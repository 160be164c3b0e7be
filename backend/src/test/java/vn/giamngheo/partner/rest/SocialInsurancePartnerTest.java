package vn.giamngheo.partner.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.giamngheo.benefit.rest.EntitlementResourceTest;
import vn.giamngheo.review.rest.ReviewJourney;
import vn.giamngheo.testing.Tokens;

/** BHXH pulls premium-support changes with a cursor and reports issued cards in idempotent batches. */
@QuarkusTest
class SocialInsurancePartnerTest {
    private static final String FEED = "/api/v1/partner/social-insurance/entitlements";
    private static final String CARDS = "/api/v1/partner/social-insurance/card-issuances";
    private static final Set<String> CARD_FIELDS = Set.of("entitlementId", "change", "personId", "memberId", "fullName", "dateOfBirth", "sex",
            "citizenId", "householdCode", "communeCode", "supportRatePercent", "validFrom", "validTo", "state", "endedOn");

    /** Reads the feed to its end and returns where it stands. */
    static String tail() {
        String cursor = null;
        while (true) {
            var page = given().auth().oauth2(Tokens.socialInsurance()).queryParam("limit", 1000)
                    .queryParams(cursor == null ? Map.of() : Map.of("after", cursor)).get(FEED).then().statusCode(200).extract();
            cursor = page.path("nextCursor");
            if (!page.<Boolean>path("hasMore")) {
                return cursor;
            }
        }
    }

    /** A poor household of three, decided by the regular review of 2025/month: three health-insurance entitlements. */
    static String entitledHousehold(String head, int month) {
        String householdId = EntitlementResourceTest.poorHousehold(head).path("id");
        EntitlementResourceTest.reviewed(ReviewJourney.openRegular(2025, month), month, householdId, 1_000_000);
        return householdId;
    }

    static List<String> entitlementIds(String householdId, String programCode) {
        return given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .extract().path("items.findAll { it.programCode == '" + programCode + "' }.id");
    }

    static Map<String, Object> card(String entitlementId, String number, int rate) {
        return Map.of("entitlementId", entitlementId, "cardNumber", number, "validFrom", "2026-01-01", "validTo", "2026-12-31",
                "supportRatePercent", rate);
    }

    static Response postCards(String key, Object body) {
        return given().auth().oauth2(Tokens.socialInsurance()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(CARDS).then().extract().response();
    }

    @Test
    void feedCarriesOnlyWhatACardNeedsAndResumesFromItsCursor() {
        String start = tail();
        String householdId = entitledHousehold("Đặng Văn Tư", 3);

        var first = given().auth().oauth2(Tokens.socialInsurance()).queryParam("after", start).queryParam("limit", 2).get(FEED)
                .then().statusCode(200).body("items", hasSize(2)).body("hasMore", is(true))
                .body("items.change", org.hamcrest.Matchers.everyItem(is("NEW")))
                .body("items.supportRatePercent", org.hamcrest.Matchers.everyItem(is(100.0f)))
                .body("items.state", org.hamcrest.Matchers.everyItem(is("ELIGIBLE")))
                .body("items.citizenId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesPattern("\\d{12}")))
                .extract();
        List<Map<String, Object>> items = new ArrayList<>(first.path("items"));
        String next = first.path("nextCursor");
        assertThat(Long.parseLong(next)).isGreaterThan(Long.parseLong(start));

        var rest = given().auth().oauth2(Tokens.socialInsurance()).queryParam("after", next).queryParam("limit", 2).get(FEED)
                .then().statusCode(200).body("items", hasSize(1)).body("hasMore", is(false)).extract();
        items.addAll(rest.path("items"));
        String end = rest.path("nextCursor");
        assertThat(items).extracting(i -> i.get("entitlementId")).containsExactlyInAnyOrderElementsOf(entitlementIds(householdId, "HEALTH_INSURANCE"));
        assertThat(items).extracting(i -> i.get("householdCode")).containsOnly(items.get(0).get("householdCode"));
        // what the insurer needs and nothing else: no income, deprivation, loan, disability or other program data
        items.forEach(i -> assertThat(CARD_FIELDS).containsAll(i.keySet()));
        assertThat(first.asString() + rest.asString()).doesNotContain("ncome", "eprivation", "loan", "disability", "ethnicity", "programCode",
                "amountCapVnd", "housing");

        // nothing new: the same cursor back, so the next pull resumes where this one ended
        given().auth().oauth2(Tokens.socialInsurance()).queryParam("after", end).get(FEED).then().statusCode(200)
                .body("items", hasSize(0)).body("nextCursor", is(end)).body("hasMore", is(false));
        given().auth().oauth2(Tokens.socialInsurance()).queryParam("after", "abc").get(FEED).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", is("after")).body("errors[0].code", is("INVALID_CURSOR"));
        given().auth().oauth2(Tokens.socialInsurance()).queryParam("limit", 1001).get(FEED).then().statusCode(400);
    }

    @Test
    void cardBatchAppliesItemsOnTheirOwnAndReplaysItsFirstAnswerForTheSameKey() {
        String householdId = entitledHousehold("Phan Văn Sáu", 4);
        List<String> cards = entitlementIds(householdId, "HEALTH_INSURANCE");
        String loan = entitlementIds(householdId, "LOAN_POOR").get(0);
        String start = tail();
        String key = UUID.randomUUID().toString();
        Map<String, Object> batch = Map.of("items", List.of(card(cards.get(0), "HN4878712345678", 100), card(loan, "HN4878712345679", 100),
                card(cards.get(1), "HN4878712345680", 70)));

        Response first = postCards(key, batch);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Idempotency-Replayed")).isNull();
        first.then().body("applied", is(1)).body("rejected", is(2))
                .body("items[0].outcome", is("APPLIED")).body("items[0].index", is(0)).body("items[0].code", nullValue())
                .body("items[1].outcome", is("REJECTED")).body("items[1].code", is("ENTITLEMENT_NOT_FOUND"))
                .body("items[2].outcome", is("REJECTED")).body("items[2].code", is("SUPPORT_RATE_MISMATCH"))
                .body("items[2].entitlementId", is(cards.get(1)));

        Response again = postCards(key, batch);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.asString()).isEqualTo(first.asString());

        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .body("items.find { it.id == '" + cards.get(0) + "' }.state", is("FULFILLED"))
                .body("items.find { it.id == '" + cards.get(0) + "' }.events.findAll { it.kind == 'FULFILLED' }", hasSize(1))
                .body("items.find { it.id == '" + cards.get(0) + "' }.events.find { it.kind == 'FULFILLED' }.recordedBy",
                        is("service-account-social-insurance"))
                .body("items.find { it.id == '" + cards.get(1) + "' }.state", is("ELIGIBLE"));
        // the feed shows the fulfilled card as a change
        given().auth().oauth2(Tokens.socialInsurance()).queryParam("after", start).get(FEED).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].entitlementId", is(cards.get(0))).body("items[0].change", is("CHANGED"))
                .body("items[0].state", is("FULFILLED"));

        postCards(key, Map.of("items", List.of(card(cards.get(1), "HN4878712345680", 100)))).then().statusCode(422)
                .contentType("application/problem+json").body("code", is("IDEMPOTENCY_KEY_REUSED"));
        postCards(UUID.randomUUID().toString(), Map.of("items", List.of(card(cards.get(0), "HN4878712345678", 100)))).then().statusCode(200)
                .body("items[0].outcome", is("REJECTED")).body("items[0].code", is("ILLEGAL_TRANSITION"));

        // the audit counts the calls and never carries the card numbers or citizen ids
        String audit = given().auth().oauth2(Tokens.auditor()).queryParam("kind", "PARTNER").queryParam("action", "CARD_ISSUANCES_POSTED")
                .queryParam("size", 100).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.find { it.context.idempotencyKey == '" + key + "' && it.context.replayed == false }.context.applied", is(1))
                .body("items.find { it.context.idempotencyKey == '" + key + "' && it.context.replayed == true }.context.client",
                        is("social-insurance"))
                .extract().asString();
        assertThat(audit).doesNotContain("HN4878712345678");
    }

    @Test
    void concurrentRetriesOfABatchApplyItOnce() {
        String householdId = entitledHousehold("Huỳnh Văn Bảy", 5);
        String entitlement = entitlementIds(householdId, "HEALTH_INSURANCE").get(0);
        String key = UUID.randomUUID().toString();
        Map<String, Object> batch = Map.of("items", List.of(card(entitlement, "HN4878712345681", 100)));

        List<CompletableFuture<Response>> calls = List.of(CompletableFuture.supplyAsync(() -> postCards(key, batch)),
                CompletableFuture.supplyAsync(() -> postCards(key, batch)));
        List<Response> answers = calls.stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers).extracting(Response::asString).containsOnly(answers.get(0).asString());
        assertThat(answers).extracting(r -> r.header("Idempotency-Replayed")).containsExactlyInAnyOrder(null, "true");
        answers.get(0).then().body("items[0].outcome", is("APPLIED"));
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .body("items.find { it.id == '" + entitlement + "' }.events.findAll { it.kind == 'FULFILLED' }", hasSize(1));
    }

    @Test
    void aBatchNeedsAKeyAndAWellFormedBody() {
        given().auth().oauth2(Tokens.socialInsurance()).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(card(UUID.randomUUID().toString(), "HN4878712345678", 100)))).post(CARDS)
                .then().statusCode(400).contentType("application/problem+json").body("code", is("IDEMPOTENCY_KEY_REQUIRED"))
                .body("errors[0].parameter", is("Idempotency-Key"));
        postCards(UUID.randomUUID().toString(), Map.of("items", List.of(card(UUID.randomUUID().toString(), "12345", 100)))).then()
                .statusCode(400).body("errors[0].pointer", is("/items/0/cardNumber"));
        postCards(UUID.randomUUID().toString(), Map.of("items", List.of())).then().statusCode(400);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(card(UUID.randomUUID().toString(), "HN4878712345678", 100));
        }
        postCards(UUID.randomUUID().toString(), Map.of("items", tooMany)).then().statusCode(400);
        postCards(UUID.randomUUID().toString(), Map.of("items", List.of(card(UUID.randomUUID().toString(), "HN4878712345678", 100)), "extra", 1))
                .then().statusCode(400);
        // an unknown entitlement is one rejected item, not a failed batch
        postCards(UUID.randomUUID().toString(), Map.of("items", List.of(card(UUID.randomUUID().toString(), "HN4878712345678", 100))))
                .then().statusCode(200).body("items[0].code", is("ENTITLEMENT_NOT_FOUND"));
    }

    @Test
    void eachSideKeepsToItsOwnEndpoints() {
        given().auth().oauth2(Tokens.socialInsurance()).get("/api/v1/households").then().statusCode(403).body("code", is("FORBIDDEN"));
        given().auth().oauth2(Tokens.socialBank()).get("/api/v1/households").then().statusCode(403);
        given().auth().oauth2(Tokens.socialInsurance()).get("/api/v1/entitlements").then().statusCode(403);
        given().auth().oauth2(Tokens.districtOfficer()).get(FEED).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.communeOfficer("29956")).get("/api/v1/partner/social-bank/eligible-households").then().statusCode(403);
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).header("Idempotency-Key", "k")
                .body(Map.of("items", List.of())).post(CARDS).then().statusCode(403);
        given().auth().oauth2(Tokens.socialBank()).get(FEED).then().statusCode(403);
        given().auth().oauth2(Tokens.socialInsurance()).get("/api/v1/partner/social-bank/eligible-households").then().statusCode(403);
        given().auth().oauth2(Tokens.socialInsurance()).contentType(ContentType.JSON).header("Idempotency-Key", "k")
                .body(Map.of("items", List.of())).post("/api/v1/partner/social-bank/loan-events").then().statusCode(403);
        given().get(FEED).then().statusCode(401);
        given().auth().oauth2(Tokens.socialInsurance()).get(FEED).then().statusCode(200).body("items", not(nullValue()));
    }
}
