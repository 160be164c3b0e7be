package vn.giamngheo.partner.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.giamngheo.partner.rest.SocialInsurancePartnerTest.entitledHousehold;
import static vn.giamngheo.partner.rest.SocialInsurancePartnerTest.entitlementIds;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.rest.ReviewJourney;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Sql;
import vn.giamngheo.testing.Tokens;

/** NHCSXH lists the households its loan programs grant and reports loan events in idempotent batches. */
@QuarkusTest
class SocialBankPartnerTest {
    private static final String LIST = "/api/v1/partner/social-bank/eligible-households";
    private static final String EVENTS = "/api/v1/partner/social-bank/loan-events";
    private static final Set<String> BANK_FIELDS = Set.of("entitlementId", "programCode", "householdId", "householdCode", "headName",
            "communeCode", "communeName", "hamletCode", "hamletName", "status", "escapedOn", "validFrom", "validTo", "amountCapVnd",
            "monthlyAmountVnd", "interestRatePercent", "state", "loanAmountVnd", "repaymentStatus");

    /** Every listed entitlement of a program, read page by page. */
    static List<Map<String, Object>> all(String programCode) {
        List<Map<String, Object>> out = new ArrayList<>();
        String cursor = null;
        while (true) {
            Map<String, Object> query = new LinkedHashMap<>(Map.of("limit", 1000));
            if (programCode != null) {
                query.put("programCode", programCode);
            }
            if (cursor != null) {
                query.put("after", cursor);
            }
            var page = given().auth().oauth2(Tokens.socialBank()).queryParams(query).get(LIST).then().statusCode(200).extract();
            out.addAll(page.path("items"));
            cursor = page.path("nextCursor");
            if (!page.<Boolean>path("hasMore")) {
                return out;
            }
        }
    }

    static Map<String, Object> event(String entitlementId, String kind, Long amount, String repayment) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("entitlementId", entitlementId);
        e.put("event", kind);
        e.put("occurredOn", "2025-07-01");
        if (amount != null) {
            e.put("amountVnd", amount);
        }
        if (repayment != null) {
            e.put("repaymentStatus", repayment);
        }
        return e;
    }

    static Response post(String key, Object body) {
        return given().auth().oauth2(Tokens.socialBank()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(EVENTS).then().extract().response();
    }

    @Test
    void listsLoanHouseholdsWithoutHealthDataAndTakesLoanEvents() {
        String householdId = entitledHousehold("Tô Văn Tám", 6);
        String loan = entitlementIds(householdId, "LOAN_POOR").get(0);
        String water = entitlementIds(householdId, "LOAN_WATER_SANITATION").get(0);
        String card = entitlementIds(householdId, "HEALTH_INSURANCE").get(0);

        Map<String, Object> listed = all("LOAN_POOR").stream().filter(i -> i.get("entitlementId").equals(loan)).findFirst().orElseThrow();
        assertThat(listed).containsEntry("householdId", householdId).containsEntry("status", "POOR").containsEntry("amountCapVnd", 100_000_000)
                .containsEntry("headName", "Tô Văn Tám").containsEntry("hamletCode", "29956-01").containsEntry("state", "ELIGIBLE");
        assertThat(BANK_FIELDS).containsAll(listed.keySet());
        String page = given().auth().oauth2(Tokens.socialBank()).queryParam("limit", 1000).get(LIST).then().statusCode(200).extract().asString();
        // no health data, no identity numbers, no income or deprivations
        assertThat(page).doesNotContain("citizenId", "healthInsurance", "cardNumber", "disability", "dateOfBirth", "supportRatePercent",
                "ncome", "eprivation", "fullName");

        // keyset paging resumes after the last id it returned
        var first = given().auth().oauth2(Tokens.socialBank()).queryParam("limit", 1).get(LIST).then().statusCode(200)
                .body("items", hasSize(1)).body("hasMore", is(true)).extract();
        given().auth().oauth2(Tokens.socialBank()).queryParam("limit", 1).queryParam("after", first.<String>path("nextCursor")).get(LIST)
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].entitlementId", org.hamcrest.Matchers.greaterThan(first.<String>path("items[0].entitlementId")));

        String key = UUID.randomUUID().toString();
        Map<String, Object> batch = Map.of("items", List.of(event(loan, "APPLIED", null, null), event(loan, "APPROVED", 30_000_000L, null),
                event(loan, "DISBURSED", 30_000_000L, null), event(loan, "REPAYMENT", null, "ON_TIME"), event(card, "REPAYMENT", null, "ON_TIME"),
                event(water, "DISBURSED", null, null), event(water, "REPAYMENT", null, "OVERDUE")));
        Response answer = post(key, batch);
        answer.then().statusCode(200).body("applied", is(4)).body("rejected", is(3))
                .body("items.outcome", is(List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED", "REJECTED", "REJECTED", "REJECTED")))
                .body("items[4].code", is("ENTITLEMENT_NOT_FOUND"))
                .body("items[5].code", is("REQUIRED"))
                .body("items[6].code", is("ILLEGAL_TRANSITION"));
        Response replay = post(key, batch);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replay.asString()).isEqualTo(answer.asString());
        post(key, Map.of("items", List.of(event(water, "APPLIED", null, null)))).then().statusCode(422).body("code", is("IDEMPOTENCY_KEY_REUSED"));

        assertThat(all("LOAN_POOR").stream().filter(i -> i.get("entitlementId").equals(loan)).findFirst().orElseThrow())
                .containsEntry("state", "FULFILLED").containsEntry("loanAmountVnd", 30_000_000).containsEntry("repaymentStatus", "ON_TIME");
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .body("items.find { it.id == '" + loan + "' }.events.kind", is(List.of("ELIGIBLE", "REQUESTED", "ENROLLED", "FULFILLED", "REPAYMENT")))
                .body("items.find { it.id == '" + water + "' }.state", is("ELIGIBLE"));
    }

    @Test
    void listsRecentlyEscapedHouseholdsOnlyWithinThirtySixMonthsOfTheirEscape() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String cycleId = ReviewJourney.openRegular(2025, 7);
        String recent = escaped("Lý Văn Chín", cycleId, today.minusMonths(12));
        String longAgo = escaped("Lý Văn Mười", cycleId, today.minusMonths(40));

        List<Map<String, Object>> listed = all("LOAN_ESCAPED");
        assertThat(listed).extracting(i -> i.get("householdId")).contains(recent).doesNotContain(longAgo);
        assertThat(listed.stream().filter(i -> i.get("householdId").equals(recent)).findFirst().orElseThrow())
                .containsEntry("status", "NOT_POOR").containsEntry("escapedOn", today.minusMonths(12).toString())
                .containsEntry("validTo", today.minusMonths(12).plusMonths(36).minusDays(1).toString())
                .containsEntry("interestRatePercent", 8.25f);
        assertThat(all(null)).extracting(i -> i.get("householdId")).doesNotContain(longAgo);
        given().auth().oauth2(Tokens.socialBank()).queryParam("programCode", "HEALTH_INSURANCE").get(LIST).then().statusCode(400)
                .body("errors[0].parameter", is("programCode")).body("errors[0].code", is("UNKNOWN_LOAN_PROGRAM"));
    }

    /** A household whose frozen status says it left the poor list on that day; an edit recomputes its entitlements. */
    private static String escaped(String head, String cycleId, LocalDate on) throws Exception {
        String householdId = Fixtures.register("29956", head).path("id");
        Sql.update("insert into household_status_record (id, household_id, cycle_id, year, commune_code, status_start, status_end, transition,"
                + " standard_code, decided_on, escaped_on, frozen_at) values (gen_random_uuid(), '" + householdId + "', '" + cycleId + "', "
                + on.getYear() + ", '29956', 'POOR', 'NOT_POOR', 'ESCAPED_POVERTY', 'ND07_2021', '" + on + "', '" + on + "', now())");
        String etag = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("hamletCode", "29956-01", "address", "Số 14, đường Lê Lợi", "monthlyIncomePerCapitaVnd", 2_600_000))
                .put("/api/v1/households/{id}", householdId).then().statusCode(200);
        return householdId;
    }
}
