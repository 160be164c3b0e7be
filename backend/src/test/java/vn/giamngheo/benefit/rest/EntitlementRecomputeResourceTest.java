package vn.giamngheo.benefit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.giamngheo.benefit.service.BenefitCalendar;
import vn.giamngheo.benefit.service.RecomputeSweep;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/**
 * Recompute jobs go through every household of the test database (other tests' too), so assertions look at the
 * households a test registers and at figures that must hold whatever else is there. Dates are moved with the
 * {@link BenefitCalendar}, never waited for; review cycles of 2030 and 2031 are inserted as consolidated.
 */
@QuarkusTest
class EntitlementRecomputeResourceTest {
    private static final String JOBS = "/api/v1/entitlement-recomputes";
    private static final String COMMUNE = "29956";

    @Inject
    AgroalDataSource db;

    @Inject
    RecomputeSweep sweep;

    /** The calendar the recompute reads "today" from, moved by the test. */
    static final class MovableCalendar extends BenefitCalendar {
        volatile LocalDate today;

        @Override
        public LocalDate today() {
            return today;
        }
    }

    @Test
    void aJobGrantsFromNewStatusesAndEndsWhatTimeOrAStatusChangeEnded() throws SQLException {
        MovableCalendar calendar = new MovableCalendar();
        QuarkusMock.installMockForType(calendar, BenefitCalendar.class);
        // poor: the child turns 16 on 2031-03-01; near-poor: leaves the list on 2031-12-10
        String poor = household("Đặng Văn Nghèo", LocalDate.of(2015, 3, 1));
        String nearPoor = household("Phan Thị Cận", LocalDate.of(2012, 6, 1));
        UUID cycle2030 = consolidatedCycle(2030);
        status(poor, cycle2030, "POOR", "POOR", "REMAINED_POOR", "2030-12-10", null);
        status(nearPoor, cycle2030, "NEAR_POOR", "NEAR_POOR", "REMAINED_NEAR_POOR", "2030-12-10", null);

        calendar.today = LocalDate.of(2031, 1, 15);
        JsonPath first = run();
        assertThat(first.getString("trigger")).isEqualTo("REQUESTED");
        assertThat(first.getString("requestedBy")).isEqualTo("huyen.lan");
        assertThat(first.getString("referenceDate")).isEqualTo("2031-01-15");
        assertThat(first.getInt("householdsTotal")).isGreaterThanOrEqualTo(2);
        assertThat(first.getInt("householdsProcessed")).isEqualTo(first.getInt("householdsTotal"));
        assertThat(first.getString("startedAt")).isNotNull();
        assertThat(first.getString("finishedAt")).isNotNull();
        assertThat(first.getDouble("elapsedSeconds")).isGreaterThanOrEqualTo(0);
        assertThat(first.getInt("created")).isGreaterThanOrEqualTo(live(poor).size() + live(nearPoor).size());

        List<Map<String, Object>> poorLive = live(poor);
        assertThat(rules(poorLive)).contains("HI_POOR", "LOAN_POOR", "NUTRITION_CHILD", "TUITION_EXEMPT_POOR", "LEARNING_COST_POOR", "VT_POOR");
        assertThat(poorLive.stream().filter(e -> e.get("ruleCode").equals("HI_POOR")).toList()).hasSize(3)
                .allSatisfy(e -> {
                    assertThat(e.get("validFrom")).isEqualTo("2030-12-10");
                    assertThat(e.get("validTo")).isEqualTo("2031-12-31");
                    assertThat(e.get("state")).isEqualTo("ELIGIBLE");
                });
        assertThat(one(poorLive, "NUTRITION_CHILD").get("validTo")).isEqualTo("2031-02-28");
        assertThat(rules(live(nearPoor))).contains("HI_NEAR_POOR", "LOAN_NEAR_POOR").doesNotContain("LOAN_ESCAPED");

        // a re-run on the same day finds nothing to do for these households
        JsonPath again = run();
        assertThat(live(poor)).hasSameSizeAs(poorLive);
        assertThat(again.getInt("householdsProcessed")).isEqualTo(again.getInt("householdsTotal"));

        // time passes: the child turned 16
        calendar.today = LocalDate.of(2031, 3, 10);
        JsonPath march = run();
        assertThat(march.getInt("ended")).isPositive();
        Map<String, Object> nutrition = all(poor).stream().filter(e -> e.get("ruleCode").equals("NUTRITION_CHILD")).findFirst().orElseThrow();
        assertThat(nutrition.get("state")).isEqualTo("EXPIRED");
        assertThat((String) nutrition.get("endReason")).contains("No rule grants it on 2031-03-10");
        assertThat(kinds(nutrition)).containsExactly("ELIGIBLE", "EXPIRED");
        assertThat(rules(live(poor))).contains("HI_POOR", "TUITION_EXEMPT_POOR").doesNotContain("NUTRITION_CHILD");

        // the 2031 review: the near-poor household leaves the list; the poor household's cards end with 2031
        UUID cycle2031 = consolidatedCycle(2031);
        status(nearPoor, cycle2031, "NEAR_POOR", "NOT_POOR", "ESCAPED_NEAR_POVERTY", "2031-12-10", "2031-12-10");
        calendar.today = LocalDate.of(2032, 1, 5);
        JsonPath january = run();
        assertThat(january.getInt("created")).isPositive();
        assertThat(january.getInt("ended")).isPositive();
        assertThat(rules(live(poor))).doesNotContain("HI_POOR").contains("LOAN_POOR");
        assertThat(all(poor).stream().filter(e -> e.get("ruleCode").equals("HI_POOR")).toList()).hasSize(3)
                .allSatisfy(e -> assertThat(e.get("state")).isEqualTo("EXPIRED"));
        List<Map<String, Object>> escaped = live(nearPoor);
        assertThat(rules(escaped)).contains("LOAN_ESCAPED").doesNotContain("HI_NEAR_POOR", "LOAN_NEAR_POOR");
        assertThat(one(escaped, "LOAN_ESCAPED").get("validFrom")).isEqualTo("2031-12-10");
        assertThat(one(escaped, "LOAN_ESCAPED").get("validTo")).isEqualTo("2034-12-09");
        Map<String, Object> loan = all(nearPoor).stream().filter(e -> e.get("ruleCode").equals("LOAN_NEAR_POOR")).findFirst().orElseThrow();
        assertThat(loan.get("state")).isEqualTo("EXPIRED");
        assertThat(loan.get("endedOn")).isEqualTo("2032-01-05");
        assertThat(loan.get("updatedBy")).isEqualTo("huyen.lan");
    }

    @Test
    void onlyTheDistrictOfficeMayRecomputeOrFollowAJob() {
        given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).post(JOBS).then().statusCode(403).contentType("application/problem+json")
                .body("code", is("FORBIDDEN"));
        given().auth().oauth2(Tokens.auditor()).post(JOBS).then().statusCode(403);
        given().post(JOBS).then().statusCode(401);
        Response accepted = given().auth().oauth2(Tokens.districtOfficer()).post(JOBS).then().statusCode(202)
                .body("state", is("QUEUED")).body("trigger", is("REQUESTED")).extract().response();
        String id = accepted.path("id");
        assertThat(accepted.header("Location")).endsWith(JOBS + "/" + id);
        given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).get(JOBS + "/{id}", id).then().statusCode(403);
        given().auth().oauth2(Tokens.districtOfficer()).get(JOBS + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("code", is("RECOMPUTE_NOT_FOUND"));
        await(id);
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("entityType", "ENTITLEMENT_RECOMPUTE").queryParam("entityId", id)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.find { it.entityId == '" + id + "' }.action", is("ENTITLEMENT_RECOMPUTE_REQUESTED"))
                .body("items.find { it.entityId == '" + id + "' }.actor", is("huyen.lan"));
    }

    /**
     * A job whose worker died after committing the chunk up to the first household (its next chunk was rolled back)
     * is taken over and continues after the cursor: the first household is not recomputed again, the second is,
     * once, and no entitlement is doubled.
     */
    @Test
    void anInterruptedJobResumesAfterItsCursorWithoutDoingAnyHouseholdTwice() throws SQLException {
        MovableCalendar calendar = new MovableCalendar();
        QuarkusMock.installMockForType(calendar, BenefitCalendar.class);
        String a = household("Lý Văn Một", LocalDate.of(2014, 1, 1));
        String b = household("Lý Văn Hai", LocalDate.of(2014, 1, 1));
        String before = a.compareTo(b) < 0 ? a : b;
        String after = a.compareTo(b) < 0 ? b : a;
        UUID cycle2030 = consolidatedCycle(2030);
        status(before, cycle2030, "POOR", "POOR", "REMAINED_POOR", "2030-12-10", null);
        status(after, cycle2030, "POOR", "POOR", "REMAINED_POOR", "2030-12-10", null);
        calendar.today = LocalDate.of(2031, 1, 15);
        run();
        int liveBefore = live(before).size();
        assertThat(rules(live(after))).contains("HI_POOR", "LOAN_POOR");

        // both leave the list in June; the job that would apply it stopped after committing the chunk up to `before`
        UUID cycle2031 = consolidatedCycle(2031);
        status(before, cycle2031, "POOR", "NOT_POOR", "ESCAPED_POVERTY", "2031-06-01", "2031-06-01");
        status(after, cycle2031, "POOR", "NOT_POOR", "ESCAPED_POVERTY", "2031-06-01", "2031-06-01");
        UUID job = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into entitlement_recompute (id, trigger,"
                + " reference_date, state, households_total, households_processed, entitlements_created, cursor_household_id, worker,"
                + " heartbeat_at, attempts, requested_at, requested_by, started_at) values (?, 'REQUESTED', date '2031-07-01', 'RUNNING',"
                + " 1000, 7, 5, ?, 'gone/1', now() - interval '1 hour', 1, now() - interval '3 hours', 'huyen.lan',"
                + " now() - interval '3 hours')")) {
            ps.setObject(1, job);
            ps.setObject(2, UUID.fromString(before));
            ps.executeUpdate();
        }
        JsonPath resumed = await(job.toString());
        assertThat(resumed.getString("state")).as(resumed.getString("error")).isEqualTo("DONE");
        assertThat(resumed.getInt("householdsProcessed")).isEqualTo(7 + householdsAfter(before));
        assertThat(resumed.getInt("created")).isGreaterThan(5);

        // `before` was committed by the stopped worker: left as it was
        assertThat(live(before)).hasSize(liveBefore);
        assertThat(rules(live(before))).contains("HI_POOR", "LOAN_POOR");
        // `after` was recomputed once: its poor entitlements ended once, the escape loan granted once
        List<Map<String, Object>> afterAll = all(after);
        assertThat(rules(live(after))).containsOnlyOnce("LOAN_ESCAPED").doesNotContain("HI_POOR", "LOAN_POOR");
        assertThat(afterAll).filteredOn(e -> e.get("state").equals("EXPIRED")).isNotEmpty()
                .allSatisfy(e -> assertThat(kinds(e)).containsExactly("ELIGIBLE", "EXPIRED"));
        assertThat(afterAll).filteredOn(e -> e.get("ruleCode").equals("LOAN_ESCAPED")).hasSize(1);
    }

    @Test
    void theNightlySweepStartsOneJobPerDayEvenWhenTwoReplicasFireAtOnce() throws Exception {
        LocalDate day = LocalDate.now(BenefitCalendar.VIETNAM);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        Callable<Optional<UUID>> fire = () -> sweep.sweep(day);
        List<Future<Optional<UUID>>> fired = new ArrayList<>(List.of(replicas.submit(fire), replicas.submit(fire)));
        replicas.shutdown();
        List<UUID> queued = new ArrayList<>();
        for (Future<Optional<UUID>> f : fired) {
            f.get().ifPresent(queued::add);
        }
        sweep.sweep(day).ifPresent(queued::add);
        assertThat(queued).hasSize(1);
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from entitlement_recompute"
                + " where sweep_day = ?")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
        JsonPath job = await(queued.get(0).toString());
        assertThat(job.getString("state")).as(job.getString("error")).isEqualTo("DONE");
        assertThat(job.getString("trigger")).isEqualTo("NIGHTLY");
        assertThat(job.getString("sweepDay")).isEqualTo(day.toString());
        assertThat(job.getString("referenceDate")).isEqualTo(day.toString());
        assertThat(job.getString("requestedBy")).isEqualTo("nightly-sweep");
        assertThat(job.getInt("householdsProcessed")).isEqualTo(job.getInt("householdsTotal"));
        // the next day has its own
        assertThat(sweep.sweep(day.plusDays(1))).isPresent();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** A household of three in the commune; the child attends primary school. */
    private static String household(String head, LocalDate childBorn) {
        Map<String, Object> body = Fixtures.household(COMMUNE, head);
        @SuppressWarnings("unchecked")
        Map<String, Object> child = ((List<Map<String, Object>>) body.get("members")).get(2);
        child.put("dateOfBirth", childBorn.toString());
        child.put("joinedOn", childBorn.toString());
        child.put("citizenId", Fixtures.citizenId("MALE", childBorn));
        return Fixtures.register(body).path("id");
    }

    /** Requests a job and waits for it to finish; it must be DONE. */
    private static JsonPath run() {
        String id = given().auth().oauth2(Tokens.districtOfficer()).post(JOBS).then().statusCode(202).extract().path("id");
        JsonPath job = await(id);
        assertThat(job.getString("state")).as("job %s: %s", id, job.getString("error")).isEqualTo("DONE");
        return job;
    }

    private static JsonPath await(String id) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath job = given().auth().oauth2(Tokens.districtOfficer()).get(JOBS + "/{id}", id).then().statusCode(200).extract().jsonPath();
            String state = job.getString("state");
            if (state.equals("DONE") || state.equals("FAILED") || System.currentTimeMillis() > deadline) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return job;
            }
        }
    }

    private static List<Map<String, Object>> all(String householdId) {
        return given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/entitlements", householdId)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<Map<String, Object>> live(String householdId) {
        return all(householdId).stream().filter(e -> !e.get("state").equals("EXPIRED") && !e.get("state").equals("REVOKED")).toList();
    }

    private static List<String> rules(List<Map<String, Object>> entitlements) {
        return entitlements.stream().map(e -> (String) e.get("ruleCode")).toList();
    }

    private static Map<String, Object> one(List<Map<String, Object>> entitlements, String rule) {
        List<Map<String, Object>> found = entitlements.stream().filter(e -> e.get("ruleCode").equals(rule)).toList();
        assertThat(found).as(rule).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> kinds(Map<String, Object> entitlement) {
        return ((List<Map<String, Object>>) entitlement.get("events")).stream().map(e -> (String) e.get("kind")).toList();
    }

    private int householdsAfter(String householdId) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from household where id > ?")) {
            ps.setObject(1, UUID.fromString(householdId));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private UUID consolidatedCycle(int year) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into review_cycle (id, kind, year, standard_code, reference_date, opens_on,"
                    + " closes_on, state, consolidated_at, consolidated_by, created_at, created_by, updated_at, updated_by)"
                    + " values (gen_random_uuid(), 'PERIODIC', ?, 'ND07_2021', make_date(?, 10, 1), make_date(?, 9, 1), make_date(?, 12, 14),"
                    + " 'CONSOLIDATED', now(), 'test', now(), 'test', now(), 'test') on conflict do nothing")) {
                ps.setInt(1, year);
                ps.setInt(2, year);
                ps.setInt(3, year);
                ps.setInt(4, year);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("select id from review_cycle where kind = 'PERIODIC' and year = ?")) {
                ps.setInt(1, year);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, UUID.class);
                }
            }
        }
    }

    private void status(String householdId, UUID cycle, String start, String end, String transition, String decidedOn, String escapedOn)
            throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into household_status_record (id,"
                + " household_id, cycle_id, year, commune_code, status_start, status_end, transition, standard_code, decided_on, escaped_on,"
                + " frozen_at) select gen_random_uuid(), ?, id, year, ?, ?, ?, ?, standard_code, ?, ?, now() from review_cycle where id = ?")) {
            ps.setObject(1, UUID.fromString(householdId));
            ps.setString(2, COMMUNE);
            ps.setString(3, start);
            ps.setString(4, end);
            ps.setString(5, transition);
            ps.setObject(6, LocalDate.parse(decidedOn));
            ps.setObject(7, escapedOn == null ? null : LocalDate.parse(escapedOn), java.sql.Types.DATE);
            ps.setObject(8, cycle);
            ps.executeUpdate();
        }
    }
}
