package vn.giamngheo.classification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/**
 * Runs re-classify every household of the test database (other tests' households too), so assertions look at the
 * households a test registers, and at figures that must add up whatever else is in the registry.
 */
@QuarkusTest
class WhatIfRunResourceTest {
    private static final String RUNS = "/api/v1/what-if-runs";
    private static final String TP1 = "29956";
    private static final String TOWN = "29971";

    @Inject
    AgroalDataSource db;

    @Test
    void reclassifiesTheRegistryAndListsTheHouseholdsThatWouldChange() throws SQLException {
        UUID cycle2020 = consolidatedCycle(2020);
        UUID cycle2021 = consolidatedCycle(2021);
        // one deprivation (no health-insurance cards): near-poor under Decree 351's rural line of 2.2 M
        String newlyNearPoor = household(2_000_000L, false);
        String leavesTheList = household(3_000_000L, false, "Trương Thị Rời");
        status(leavesTheList, cycle2021, "NEAR_POOR", "2021-12-10");
        String staysNearPoor = household(1_400_000L, false);
        status(staysNearPoor, cycle2021, "NEAR_POOR", "2021-12-10");
        String wellOff = household(5_000_000L, false);
        String withoutIncome = household(null, true);
        String newlyPoor = household(1_000_000L, true);
        // the latest record counts: poor in 2020, near-poor since 2021
        String latestCounts = household(1_400_000L, false);
        status(latestCounts, cycle2020, "POOR", "2020-12-10");
        status(latestCounts, cycle2021, "NEAR_POOR", "2021-12-10");

        Response accepted = given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("standardCode", "ND351_2025", "referenceDate", "2026-10-01"))
                .post(RUNS)
                .then().statusCode(202)
                .body("state", is("QUEUED"))
                .body("requestedBy", is("huyen.lan"))
                .body("draft", nullValue())
                .body("deprivationCutoff", is(3))
                .body("thresholds.find { it.areaType == 'RURAL' }.povertyLineVnd", is(2_200_000))
                .extract().response();
        String id = accepted.path("id");
        assertThat(accepted.header("Location")).endsWith(RUNS + "/" + id);

        JsonPath run = awaitDone(id);
        assertThat(run.getInt("householdsProcessed")).isEqualTo(run.getInt("householdsTotal"));
        Map<String, Object> tp1 = run.getMap("communes.find { it.communeCode == '" + TP1 + "' }");
        assertThat(tp1.get("communeName")).isEqualTo("Xã Thường Phước 1");
        long households = number(tp1, "households");
        long changed = number(tp1, "changed");
        assertThat(number(tp1, "classified") + number(tp1, "unclassifiable")).isEqualTo(households);
        assertThat(number(tp1, "unchanged") + changed).isEqualTo(number(tp1, "classified"));
        assertThat(number(tp1, "unclassifiable")).isPositive();
        List<Map<String, Object>> moves = run.getList("communes.find { it.communeCode == '" + TP1 + "' }.moves");
        assertThat(moves.stream().mapToLong(m -> number(m, "households")).sum()).isEqualTo(changed);

        Map<String, String> moved = changesIn(id, TP1);
        assertThat(moved).hasSize((int) changed);
        assertThat(moved.get(newlyNearPoor)).isEqualTo("NOT_POOR→NEAR_POOR");
        assertThat(moved.get(leavesTheList)).isEqualTo("NEAR_POOR→NOT_POOR");
        assertThat(moved.get(newlyPoor)).isEqualTo("NOT_POOR→POOR");
        assertThat(moved).doesNotContainKeys(staysNearPoor, wellOff, withoutIncome, latestCounts);

        given().auth().oauth2(Tokens.districtOfficer()).queryParam("communeCode", TP1).queryParam("fromStatus", "NEAR_POOR")
                .queryParam("toStatus", "NOT_POOR").queryParam("size", 100)
                .get(RUNS + "/{id}/changes", id)
                .then().statusCode(200)
                .body("items.householdId", hasItem(leavesTheList))
                .body("items.find { it.householdId == '" + leavesTheList + "' }.headName", is("Trương Thị Rời"))
                .body("items.find { it.householdId == '" + leavesTheList + "' }.hamletName", is("Ấp 1"))
                .body("items.find { it.householdId == '" + leavesTheList + "' }.monthlyIncomePerCapitaVnd", is(3_000_000))
                .body("items.find { it.householdId == '" + leavesTheList + "' }.deprivationCount", is(1))
                .body("items.fromStatus.unique()", is(List.of("NEAR_POOR")))
                .body("items.toStatus.unique()", is(List.of("NOT_POOR")));

        given().auth().oauth2(Tokens.districtOfficer()).queryParam("size", 5).get(RUNS)
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.state", is("DONE"));
    }

    @Test
    void aDraftChangesTheOutcomeAndLeavesTheStandardAlone() {
        // 2.5 M is above Decree 351's rural line; a draft line of 2.6 M and a cutoff of 1 make the household poor
        String household = household(2_500_000L, false);
        String plain = start(Map.of("standardCode", "ND351_2025", "referenceDate", "2026-10-01"));
        Map<String, Object> draft = Map.of("thresholds", List.of(Map.of("areaType", "RURAL", "povertyLineVnd", 2_600_000)),
                "deprivationCutoff", 1);
        String drafted = start(Map.of("standardCode", "ND351_2025", "referenceDate", "2026-10-01", "draft", draft));

        awaitDone(plain);
        JsonPath run = awaitDone(drafted);
        assertThat(run.getInt("deprivationCutoff")).isEqualTo(1);
        assertThat(run.getInt("thresholds.find { it.areaType == 'RURAL' }.povertyLineVnd")).isEqualTo(2_600_000);
        assertThat(run.getInt("thresholds.find { it.areaType == 'URBAN' }.povertyLineVnd")).isEqualTo(2_800_000);
        assertThat(run.getInt("draft.deprivationCutoff")).isEqualTo(1);
        assertThat(changesIn(plain, TP1)).doesNotContainKey(household);
        assertThat(changesIn(drafted, TP1).get(household)).isEqualTo("NOT_POOR→POOR");

        given().get("/api/v1/poverty-standards/ND351_2025").then().statusCode(200)
                .body("deprivationCutoff", is(3))
                .body("thresholds.find { it.areaType == 'RURAL' }.povertyLineVnd", is(2_200_000));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("size", 100).get(RUNS)
                .then().body("items.find { it.id == '" + drafted + "' }.withDraft", is(true))
                .body("items.find { it.id == '" + plain + "' }.withDraft", is(false));
    }

    @Test
    void pointsAtBadInput() {
        invalid(Map.of("referenceDate", "2026-10-01"), "/standardCode", "NotNull");
        invalid(Map.of("standardCode", "ND99_2099"), "/standardCode", "UNKNOWN_STANDARD");
        invalid(Map.of("standardCode", "ND351_2025", "draft", Map.of()), "/draft", "EMPTY_DRAFT");
        invalid(Map.of("standardCode", "ND351_2025", "draft", Map.of("thresholds", List.of(Map.of("areaType", "URBAN", "nearPoorCeilingVnd", 3_000_000)))),
                "/draft/thresholds/0/nearPoorCeilingVnd", "NO_NEAR_POOR_BAND");
        invalid(Map.of("standardCode", "ND351_2025", "draft", Map.of("thresholds", List.of(Map.of("areaType", "RURAL", "povertyLineVnd", -5)))),
                "/draft/thresholds/0/povertyLineVnd", "Positive");
        invalid(Map.of("standardCode", "ND07_2021", "draft", Map.of("thresholds", List.of(Map.of("areaType", "RURAL", "povertyLineVnd", 2_250_000)))),
                "/draft/thresholds/0/povertyLineVnd", "ABOVE_MIDDLE_INCOME_CEILING");
        invalid(Map.of("standardCode", "ND07_2021", "draft", Map.of("deprivationCutoff", 13)), "/draft/deprivationCutoff", "CUTOFF_OUT_OF_RANGE");

        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body("{\"standardCode\": \"ND351_2025\", \"referenceDate\": \"2026-13-01\"}").post(RUNS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("MALFORMED_REQUEST")).body("errors[0].pointer", is("/referenceDate"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body("{\"standardCode\": \"ND351_2025\", \"budget\": 1}").post(RUNS)
                .then().statusCode(400).body("errors[0].code", is("UNKNOWN_FIELD"));

        String id = start(Map.of("standardCode", "ND07_2021"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("toStatus", "RICH").get(RUNS + "/{id}/changes", id)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("size", 0).get(RUNS + "/{id}/changes", id)
                .then().statusCode(400).body("errors[0].parameter", is("size"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("communeCode", "299").get(RUNS + "/{id}/changes", id)
                .then().statusCode(400).body("errors[0].parameter", is("communeCode"));
        given().auth().oauth2(Tokens.districtOfficer()).get(RUNS + "/not-a-uuid").then().statusCode(400);
        given().auth().oauth2(Tokens.districtOfficer()).get(RUNS + "/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("code", is("WHAT_IF_RUN_NOT_FOUND"));
        given().auth().oauth2(Tokens.districtOfficer()).get(RUNS + "/{id}/changes", UUID.randomUUID())
                .then().statusCode(404).body("code", is("WHAT_IF_RUN_NOT_FOUND"));
    }

    @Test
    void onlyTheDistrictOfficeMayRunOrReadThem() {
        String id = start(Map.of("standardCode", "ND07_2021"));
        for (String token : List.of(Tokens.communeOfficer(TP1), Tokens.auditor(), Tokens.departmentOfficer())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("standardCode", "ND07_2021")).post(RUNS)
                    .then().statusCode(403).contentType("application/problem+json").body("code", is("FORBIDDEN"));
            given().auth().oauth2(token).get(RUNS).then().statusCode(403);
            given().auth().oauth2(token).get(RUNS + "/{id}", id).then().statusCode(403);
            given().auth().oauth2(token).get(RUNS + "/{id}/changes", id).then().statusCode(403);
        }
    }

    /** No job title bundles review:consolidate without district scope today; the area rule holds all the same. */
    @Test
    void aCallerLimitedToOneCommuneSeesOnlyThatCommune() {
        // 1.4 M is under Decree 351's urban line of 2.8 M: the household would become near-poor
        String town = Fixtures.register(TOWN, "Phan Văn Trấn").path("id");
        String id = start(Map.of("standardCode", "ND351_2025", "referenceDate", "2026-10-01"));
        awaitDone(id);
        String townOnly = Tokens.token("xa.29971", "review:consolidate", Map.of("commune_code", TOWN), 300);

        JsonPath run = given().auth().oauth2(townOnly).get(RUNS + "/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(run.getList("communes.communeCode")).containsExactly(TOWN);
        assertThat(run.getLong("totals.households")).isEqualTo(run.getLong("communes[0].households"));
        given().auth().oauth2(townOnly).queryParam("size", 100).get(RUNS + "/{id}/changes", id)
                .then().statusCode(200)
                .body("items.householdId", hasItem(town))
                .body("items.communeCode.unique()", is(List.of(TOWN)));
        given().auth().oauth2(townOnly).queryParam("communeCode", TP1).get(RUNS + "/{id}/changes", id)
                .then().statusCode(200).body("items", is(List.of())).body("totalItems", is(0));
    }

    @Test
    void answers401WithoutAValidToken() {
        given().contentType(ContentType.JSON).body(Map.of("standardCode", "ND07_2021")).post(RUNS)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", endsWith("\"giamngheo\""))
                .body("code", is("UNAUTHENTICATED"));
        given().get(RUNS).then().statusCode(401);
        given().get(RUNS + "/{id}/changes", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.expiredDistrictOfficer()).get(RUNS).then().statusCode(401).body("code", is("UNAUTHENTICATED"));
    }

    @Test
    void auditsWhoRequestsRunsAndWhoReadsTheirChanges() {
        String id = start(Map.of("standardCode", "ND07_2021"));
        awaitDone(id);
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("communeCode", TP1).get(RUNS + "/{id}/changes", id)
                .then().statusCode(200);
        given().auth().oauth2(Tokens.auditor()).queryParam("entityId", id).queryParam("size", 100).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItem("WHAT_IF_RUN_REQUESTED"))
                .body("items.action", hasItem("WHAT_IF_CHANGES_READ"))
                .body("items.find { it.action == 'WHAT_IF_CHANGES_READ' }.actor", is("huyen.lan"))
                .body("items.find { it.action == 'WHAT_IF_CHANGES_READ' }.communeCode", is(TP1));
    }

    /** After a restart, a run whose worker stopped reporting is taken over and continues after its cursor. */
    @Test
    void aRunLeftRunningByAStoppedWorkerIsTakenOverAtItsCursor() throws SQLException {
        UUID resumed = UUID.randomUUID();
        UUID abandoned = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into what_if_run (id, standard_code,"
                + " reference_date, state, households_total, households_processed, cursor_household_id, worker, heartbeat_at, attempts,"
                + " requested_at, requested_by, started_at) values (?, 'ND07_2021', date '2026-10-01', 'RUNNING', 7, 7, ?, 'gone/1',"
                + " now() - interval '1 hour', ?, now() - interval '2 hours', 'huyen.lan', now() - interval '2 hours')")) {
            // the cursor is past every key: nothing is left to do
            ps.setObject(1, resumed);
            ps.setObject(2, UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));
            ps.setInt(3, 1);
            ps.executeUpdate();
            ps.setObject(1, abandoned);
            ps.setInt(3, 3);
            ps.executeUpdate();
        }
        JsonPath run = awaitDone(resumed.toString());
        assertThat(run.getInt("householdsProcessed")).isEqualTo(7);
        assertThat(run.getList("communes")).isEmpty();
        JsonPath failed = await(abandoned.toString());
        assertThat(failed.getString("state")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).contains("stopped reporting");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static String household(Long income, boolean poorHousing) {
        return household(income, poorHousing, "Nguyễn Văn Thử");
    }

    private static String household(Long income, boolean poorHousing, String headName) {
        Map<String, Object> body = Fixtures.household(TP1, headName);
        body.put("monthlyIncomePerCapitaVnd", income);
        if (poorHousing) {
            body.put("housing", Map.of("floorAreaM2", 20, "wallMaterial", "BAMBOO_LEAVES", "columnMaterial", "SOFTWOOD_PLANKS",
                    "roofMaterial", "BAMBOO_LEAVES", "waterSource", "SURFACE_WATER", "latrineType", "FISH_POND", "usesTelecom", true,
                    "devices", List.of("SMARTPHONE"), "hearsLoudspeaker", true));
        }
        return Fixtures.register(body).path("id");
    }

    private UUID consolidatedCycle(int year) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into review_cycle (id, kind, year, standard_code, reference_date, opens_on,"
                    + " closes_on, state, consolidated_at, consolidated_by, created_at, created_by, updated_at, updated_by)"
                    + " values (gen_random_uuid(), 'PERIODIC', ?, ?, make_date(?, 10, 1), make_date(?, 9, 1), make_date(?, 12, 14),"
                    + " 'CONSOLIDATED', now(), 'test', now(), 'test', now(), 'test') on conflict do nothing")) {
                ps.setInt(1, year);
                ps.setString(2, year < 2022 ? "QD59_2015" : "ND07_2021");
                ps.setInt(3, year);
                ps.setInt(4, year);
                ps.setInt(5, year);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("select id from review_cycle where kind = 'PERIODIC' and year = ?")) {
                ps.setInt(1, year);
                var rs = ps.executeQuery();
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private void status(String householdId, UUID cycle, String status, String decidedOn) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into household_status_record (id,"
                + " household_id, cycle_id, year, commune_code, status_start, status_end, transition, standard_code, decided_on, frozen_at)"
                + " select gen_random_uuid(), ?, id, year, ?, ?, ?, case when ? = 'NOT_POOR' then 'NOT_ON_LIST' else 'REMAINED_' || ? end,"
                + " standard_code, ?, now() from review_cycle where id = ?")) {
            ps.setObject(1, UUID.fromString(householdId));
            ps.setString(2, TP1);
            ps.setString(3, status);
            ps.setString(4, status);
            ps.setString(5, status);
            ps.setString(6, status);
            ps.setObject(7, LocalDate.parse(decidedOn));
            ps.setObject(8, cycle);
            ps.executeUpdate();
        }
    }

    private static String start(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(body).post(RUNS)
                .then().statusCode(202).extract().path("id");
    }

    private static JsonPath awaitDone(String id) {
        JsonPath run = await(id);
        assertThat(run.getString("state")).as("run %s: %s", id, run.getString("error")).isEqualTo("DONE");
        return run;
    }

    private static JsonPath await(String id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath run = given().auth().oauth2(Tokens.districtOfficer()).get(RUNS + "/{id}", id).then().statusCode(200).extract().jsonPath();
            String state = run.getString("state");
            if (state.equals("DONE") || state.equals("FAILED") || System.currentTimeMillis() > deadline) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return run;
            }
        }
    }

    /** Every change of the commune in the run: household id → "FROM→TO". */
    private static Map<String, String> changesIn(String id, String commune) {
        Map<String, String> out = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonPath p = given().auth().oauth2(Tokens.districtOfficer()).queryParam("communeCode", commune).queryParam("size", 100)
                    .queryParam("page", page).get(RUNS + "/{id}/changes", id).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            items.forEach(i -> out.put((String) i.get("householdId"), i.get("fromStatus") + "→" + i.get("toStatus")));
            if (page + 1 >= p.getInt("totalPages")) {
                return out;
            }
        }
    }

    private static void invalid(Map<String, Object> body, String pointer, String code) {
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(body).post(RUNS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.find { it.pointer == '" + pointer + "' }.code", is(code));
    }

    private static long number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }
}
