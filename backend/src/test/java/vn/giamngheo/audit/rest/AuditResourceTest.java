package vn.giamngheo.audit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

@QuarkusTest
class AuditResourceTest {
    @Inject
    AgroalDataSource db;

    @Test
    void everyReadAndWriteOfAHouseholdIsAudited() {
        var created = Fixtures.register("29962", "Lâm Văn Út");
        String id = created.path("id");
        given().auth().oauth2(Tokens.communeOfficer("29962")).get("/api/v1/households/{id}", id).then().statusCode(200);

        given().auth().oauth2(Tokens.auditor()).queryParam("householdId", id).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItem("HOUSEHOLD_READ"))
                .body("items.action", hasItem("HOUSEHOLD_REGISTERED"))
                .body("items.actor", hasItem("xa.29962"))
                .body("items.traceId", everyItem(org.hamcrest.Matchers.notNullValue()));
    }

    @Test
    void theLogNeverHoldsCitizenIds() {
        var body = Fixtures.household("29962", "Lâm Văn Vũ");
        String citizenId = (String) ((java.util.List<java.util.Map<String, Object>>) body.get("members")).get(0).get("citizenId");
        Fixtures.register(body);
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("citizenId", citizenId).get("/api/v1/households").then().statusCode(200);
        given().auth().oauth2(Tokens.auditor()).queryParam("size", 100).get("/api/v1/audit-events")
                .then().statusCode(200).body(not(containsString(citizenId)));
    }

    @Test
    void onlyAuditReadersMayQueryTheLog() {
        given().auth().oauth2(Tokens.communeOfficer("29956")).get("/api/v1/audit-events")
                .then().statusCode(403).body("code", is("FORBIDDEN"));
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/audit-events").then().statusCode(200);
    }

    @Test
    void saysAtLeastWhenMoreThanAThousandEventsMatch() throws Exception {
        String actor = "bulk-import-" + System.nanoTime();
        try (Connection c = db.getConnection(); var st = c.prepareStatement("""
                insert into audit_event (actor, kind, action, entity_type, purpose)
                select ?, 'WRITE', 'HOUSEHOLD_IMPORTED', 'HOUSEHOLD', 'test' from generate_series(1, 1005)""")) {
            st.setString(1, actor);
            st.executeUpdate();
        }
        given().auth().oauth2(Tokens.auditor()).queryParam("actor", actor).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("totalItems", is(1000)).body("totalItemsExact", is(false)).body("totalPages", is(50)).body("items", hasSize(20));
        given().auth().oauth2(Tokens.auditor()).queryParam("actor", actor).queryParam("page", 50).get("/api/v1/audit-events")
                .then().statusCode(200).body("items", hasSize(5)).body("totalItems", is(1005)).body("totalItemsExact", is(false));
        given().auth().oauth2(Tokens.auditor()).queryParam("actor", actor).queryParam("action", "HOUSEHOLD_READ").get("/api/v1/audit-events")
                .then().statusCode(200).body("totalItems", is(0)).body("totalItemsExact", is(true));
    }

    @Test
    void theLogIsAppendOnly() throws Exception {
        Fixtures.register("29962", "Lâm Văn Xuân");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_event set actor = 'someone else'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_event"))
                    .hasMessageContaining("append-only");
        }
    }
}
