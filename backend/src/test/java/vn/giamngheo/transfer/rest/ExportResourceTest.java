package vn.giamngheo.transfer.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;
import vn.giamngheo.transfer.service.ExportSlots;

@QuarkusTest
class ExportResourceTest {
    @Inject
    ExportSlots slots;
    @ConfigProperty(name = "giamngheo.exports.concurrent")
    int concurrent;

    @SuppressWarnings("unchecked")
    private static String headCitizenId(Map<String, Object> household) {
        return (String) ((List<Map<String, Object>>) household.get("members")).get(0).get("citizenId");
    }

    @Test
    void aCommuneOfficerExportsOnlyTheOwnCommuneAndEveryExportIsAudited() {
        Map<String, Object> own = Fixtures.household("29956", "Xuất Văn Mình");
        Map<String, Object> other = Fixtures.household("29971", "Xuất Thị Khác");
        String ownCode = Fixtures.register(own).path("code");
        String otherCode = Fixtures.register(other).path("code");

        String csv = given().auth().oauth2(Tokens.communeOfficer("29956")).accept("text/csv").get("/api/v1/exports/members")
                .then().statusCode(200).header("Content-Disposition", containsString("members-29956.csv")).extract().asString();
        assertThat(csv).startsWith("\uFEFFhouseholdCode,communeCode").contains(ownCode + ",29956,29956-01,Xuất Văn Mình")
                .contains(headCitizenId(own)).doesNotContain(otherCode).doesNotContain(headCitizenId(other));

        String ndjson = given().auth().oauth2(Tokens.districtOfficer()).accept("application/x-ndjson")
                .get("/api/v1/exports/households?communeCode=29971").then().statusCode(200).extract().asString();
        assertThat(ndjson.lines().toList()).allMatch(l -> l.startsWith("{\"householdCode\":\"29971-"));
        assertThat(ndjson).contains("\"householdCode\":\"" + otherCode + "\"").contains("\"headName\":\"Xuất Thị Khác\"");

        byte[] xlsx = given().auth().oauth2(Tokens.districtOfficer())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get("/api/v1/exports/households")
                .then().statusCode(200).extract().asByteArray();
        assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");

        given().auth().oauth2(Tokens.communeOfficer("29956")).accept("text/csv").get("/api/v1/exports/members?communeCode=29971")
                .then().statusCode(403).contentType("application/problem+json").body("code", is("OUTSIDE_AREA"));
        given().auth().oauth2(Tokens.clientCredentials("importer", "importer")).accept("text/csv").get("/api/v1/exports/households")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.auditor()).queryParam("action", "MEMBERS_EXPORTED").queryParam("actor", "xa.29956")
                .get("/api/v1/audit-events").then().statusCode(200).body("items[0].kind", is("EXPORT"))
                .body("items[0].communeCode", is("29956"));
    }

    @Test
    void anExportNeedsAFreeSlotAndGivesItBackWhenItEnds() throws InterruptedException {
        List<Runnable> all = takeEverySlot();
        try {
            given().auth().oauth2(Tokens.districtOfficer()).accept("text/csv").get("/api/v1/exports/households")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "30")
                    .body("code", is("SERVICE_BUSY")).body("status", is(503));
        } finally {
            all.forEach(Runnable::run);
        }
        for (int i = 0; i <= concurrent; i++) {
            given().auth().oauth2(Tokens.districtOfficer()).accept("text/csv").get("/api/v1/exports/members")
                    .then().statusCode(200);
            takeEverySlot().forEach(Runnable::run);
        }
        Runnable once = slots.take();
        once.run();
        once.run();  // a slot given back twice is free once: still as many in all
        all = takeEverySlot();
        try {
            assertThatThrownBy(slots::take).isInstanceOf(ProblemException.class);
        } finally {
            all.forEach(Runnable::run);
        }
    }

    /** Every slot, waiting a little for any the exports before have not given back yet. */
    private List<Runnable> takeEverySlot() throws InterruptedException {
        List<Runnable> taken = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 5_000;
        while (taken.size() < concurrent) {
            try {
                taken.add(slots.take());
            } catch (ProblemException busy) {
                if (System.currentTimeMillis() > deadline) {
                    taken.forEach(Runnable::run);
                    throw busy;
                }
                Thread.sleep(20);
            }
        }
        return taken;
    }
}
