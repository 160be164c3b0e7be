package vn.giamngheo.benefit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.rest.ReviewJourney;
import vn.giamngheo.testing.Tokens;

/**
 * A health-insurance card issued for a person's entitlement lands on the member's record through the registry's own
 * path (history, version, audit), and the recompute the registry's change triggers keeps the fulfilled entitlement.
 */
@QuarkusTest
class CardWriteBackTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final LocalDate YEAR_END = TODAY.withMonth(12).withDayOfMonth(31);

    record Before(String etag, List<String> entitlementIds) {
    }

    static Before before(String householdId) {
        String etag = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .extract().header("ETag");
        return new Before(etag, ReconciliationResourceTest.entitlements(householdId).getList("items.id", String.class));
    }

    /** The member of the entitlement carries the card; the household moved to a new version; nothing else changed. */
    static void assertWrittenBack(String householdId, String entitlementId, String cardNumber, Before before, String actor) {
        JsonPath entitlements = ReconciliationResourceTest.entitlements(householdId);
        String memberId = entitlements.getString("items.find { it.id == '" + entitlementId + "' }.memberId");
        assertThat(entitlements.getString("items.find { it.id == '" + entitlementId + "' }.state")).isEqualTo("FULFILLED");
        // the recompute the change triggered neither ended nor added an entitlement
        assertThat(entitlements.getList("items.id", String.class)).containsExactlyInAnyOrderElementsOf(before.entitlementIds());
        assertThat(entitlements.getList("items.state", String.class)).doesNotContain("EXPIRED");

        Response h = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .body("members.find { it.id == '" + memberId + "' }.healthInsuranceCardNumber", is(cardNumber))
                .body("members.find { it.id == '" + memberId + "' }.healthInsuranceExpiry", is(YEAR_END.toString()))
                .extract().response();
        assertThat(h.header("ETag")).isNotEqualTo(before.etag());
        assertThat(Long.parseLong(h.header("ETag").replaceAll("\\D", ""))).isEqualTo(Long.parseLong(before.etag().replaceAll("\\D", "")) + 1);

        JsonPath history = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/history", householdId).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> recorded = history.getList("items.findAll { it.action == 'HEALTH_INSURANCE_CARD_RECORDED' }");
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0)).containsEntry("actor", actor).containsEntry("entityId", memberId).containsEntry("kind", "WRITE");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) recorded.get(0).get("changes");
        assertThat(changes).extracting(c -> (String) c.get("field"))
                .allMatch(f -> f.endsWith(".healthInsuranceCardNumber") || f.endsWith(".healthInsuranceExpiry")).hasSize(2);
        // the card number is logged as changed, never by value
        assertThat(history.prettify()).doesNotContain(cardNumber);
        assertThat(changes).filteredOn(c -> ((String) c.get("field")).endsWith(".healthInsuranceCardNumber"))
                .allMatch(c -> Boolean.TRUE.equals(c.get("masked")));
    }

    @Test
    void aCardFromSocialInsuranceIsWrittenToTheMember() throws Exception {
        String householdId = ReconciliationResourceTest.poorSince("Kha Văn Năm", ReviewJourney.openRegular(2030, 8), TODAY.minusDays(15));
        String entitlementId = ReconciliationResourceTest.ids(householdId, "HEALTH_INSURANCE").get(0);
        Before before = before(householdId);
        String number = String.format("HN48799%08d", (int) (System.nanoTime() % 100_000_000));

        given().auth().oauth2(Tokens.socialInsurance()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("items", List.of(Map.of("entitlementId", entitlementId, "cardNumber", number, "validFrom",
                        TODAY.withDayOfYear(1).toString(), "validTo", YEAR_END.toString(), "supportRatePercent", 100))))
                .post("/api/v1/partner/social-insurance/card-issuances").then().statusCode(200).body("applied", is(1));

        assertWrittenBack(householdId, entitlementId, number, before, "service-account-social-insurance");
    }

    @Test
    void aCardAnOfficeRecordsIsWrittenToTheMember() throws Exception {
        String householdId = ReconciliationResourceTest.poorSince("Kha Văn Sáu", ReviewJourney.openRegular(2030, 7), TODAY.minusDays(15));
        String entitlementId = ReconciliationResourceTest.ids(householdId, "HEALTH_INSURANCE").get(1);
        Before before = before(householdId);
        String number = String.format("HN48798%08d", (int) (System.nanoTime() % 100_000_000));
        String commune = Tokens.communeOfficer("29956");

        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("step", "FULFILLED", "occurredOn", TODAY.toString(), "cardNumber", number,
                        "cardValidFrom", TODAY.withDayOfYear(1).toString(), "cardValidTo", YEAR_END.toString()))
                .post("/api/v1/entitlements/{id}/events", entitlementId).then().statusCode(200).body("state", is("FULFILLED"));

        assertWrittenBack(householdId, entitlementId, number, before, "xa.29956");
        // a card number the member's record would refuse is refused here too
        String other = ReconciliationResourceTest.ids(householdId, "HEALTH_INSURANCE").get(2);
        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("step", "FULFILLED", "occurredOn", TODAY.toString(), "cardNumber", "AB12345678",
                        "cardValidFrom", TODAY.withDayOfYear(1).toString(), "cardValidTo", YEAR_END.toString()))
                .post("/api/v1/entitlements/{id}/events", other).then().statusCode(400).body("errors[0].pointer", is("/cardNumber"));
    }
}
