package vn.giamngheo.transfer.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.giamngheo.benefit.rest.EntitlementResourceTest;
import vn.giamngheo.review.rest.ReviewJourney;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Sql;
import vn.giamngheo.testing.Tokens;

@QuarkusTest
class ImportResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NDJSON = "application/x-ndjson";

    private static String importer() {
        return Tokens.clientCredentials("importer", "importer");
    }

    private static String line(Map<String, Object> household) {
        try {
            return JSON.writeValueAsString(household);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String headCitizenId(Map<String, Object> household) {
        return (String) ((List<Map<String, Object>>) household.get("members")).get(0).get("citizenId");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> member(Map<String, Object> household, int i) {
        return ((List<Map<String, Object>>) household.get("members")).get(i);
    }

    private static Response upload(String token, String body, String contentType, String query, String key) {
        var req = given().auth().oauth2(token).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        if (key != null) {
            req = req.header("Idempotency-Key", key);
        }
        return req.post("/api/v1/imports" + query);
    }

    private static JsonPath await(String id, String... states) throws InterruptedException {
        List<String> wanted = List.of(states);
        JsonPath job = null;
        for (int i = 0; i < 150; i++) {
            job = given().auth().oauth2(importer()).get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
            if (wanted.contains(job.getString("state"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " stayed " + job.getString("state") + ", expected " + wanted);
    }

    private static String etag(String householdId) {
        return given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .extract().header("ETag");
    }

    private static JsonPath entitlements(String householdId) {
        return given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/entitlements", householdId).then()
                .statusCode(200).extract().jsonPath();
    }

    /** The rules of a member's live entitlements. */
    private static List<String> liveRules(String householdId, String memberId) {
        return entitlements(householdId).getList("items.findAll { it.memberId == '" + memberId
                + "' && it.state != 'EXPIRED' && it.state != 'REVOKED' }.ruleCode", String.class);
    }

    /** Households registered with this head's citizen id (as the district office sees them). */
    private static int registered(String citizenId) {
        return given().auth().oauth2(Tokens.districtOfficer()).queryParam("citizenId", citizenId).get("/api/v1/households")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void dryRunChecksEveryRecordAndWritesNothing() throws Exception {
        Map<String, Object> good = Fixtures.household("29956", "Nguyễn Văn Một");
        Map<String, Object> badYear = Fixtures.household("29956", "Nguyễn Văn Hai");
        member(badYear, 0).put("citizenId", "087080000001"); // born 1978, digits 5–6 say 80
        Map<String, Object> twoHeads = Fixtures.household("29956", "Nguyễn Văn Ba");
        member(twoHeads, 1).put("relationship", "HEAD");
        Map<String, Object> repeats = Fixtures.household("29956", "Nguyễn Văn Bốn");
        member(repeats, 0).put("citizenId", headCitizenId(good));
        String file = String.join("\n", line(good), line(badYear), "not json", line(twoHeads), line(repeats)) + "\n";

        String id = upload(importer(), file, NDJSON, "", null).then().statusCode(202)
                .body("state", is("QUEUED")).body("mode", is("DRY_RUN")).extract().path("id");
        JsonPath job = await(id, "VALIDATED");
        assertThat(job.getInt("recordsRead")).isEqualTo(5);
        assertThat(job.getInt("recordsValid")).isEqualTo(1);
        assertThat(job.getInt("recordsInvalid")).isEqualTo(4);
        assertThat(job.getInt("recordsWritten")).isZero();

        given().auth().oauth2(importer()).get("/api/v1/imports/" + id + "/problems").then().statusCode(200)
                .body("totalItems", is(4))
                .body("items.code", hasItems("CITIZEN_ID_BIRTH_YEAR", "MALFORMED_RECORD", "ONE_HEAD_ONLY", "DUPLICATE_IN_FILE"))
                .body("items.find { it.code == 'CITIZEN_ID_BIRTH_YEAR' }.lineNo", is(2))
                .body("items.find { it.code == 'CITIZEN_ID_BIRTH_YEAR' }.pointer", is("/members/0/citizenId"))
                .body("items.find { it.code == 'CITIZEN_ID_BIRTH_YEAR' }.message", containsString("năm sinh"))
                .body("items.find { it.code == 'DUPLICATE_IN_FILE' }.lineNo", is(5));
        given().auth().oauth2(importer()).header("Accept-Language", "en").get("/api/v1/imports/" + id + "/problems").then()
                .body("items.find { it.code == 'CITIZEN_ID_BIRTH_YEAR' }.message", containsString("birth year"));
        assertThat(registered(headCitizenId(good))).isZero();
    }

    @Test
    void validRowsOnlyWritesTheValidHouseholdsAndRollbackRemovesThem() throws Exception {
        Map<String, Object> a = Fixtures.household("29956", "Lê Văn Năm");
        Map<String, Object> b = Fixtures.household("29971", "Lê Thị Sáu");
        Map<String, Object> bad = Fixtures.household("29956", "Lê Văn Bảy");
        bad.put("hamletCode", "29971-01");
        String file = String.join("\n", line(a), line(bad), line(b));

        String id = upload(importer(), file, NDJSON, "?mode=COMMIT&policy=VALID_ROWS_ONLY", UUID.randomUUID().toString())
                .then().statusCode(202).extract().path("id");
        JsonPath job = await(id, "DONE");
        assertThat(job.getInt("recordsWritten")).isEqualTo(2);
        assertThat(job.getInt("householdsCreated")).isEqualTo(2);
        assertThat(job.getInt("membersWritten")).isEqualTo(6);
        assertThat(registered(headCitizenId(a))).isEqualTo(1);
        assertThat(registered(headCitizenId(b))).isEqualTo(1);
        assertThat(registered(headCitizenId(bad))).isZero();
        // written like a registration: the name search finds the new household
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("q", "Lê Văn Năm").get("/api/v1/households").then()
                .statusCode(200).body("items.headName", hasItem("Lê Văn Năm"));
        given().auth().oauth2(importer()).get("/api/v1/imports/" + id + "/problems").then()
                .body("items[0].code", is("UNKNOWN_HAMLET")).body("items[0].lineNo", is(2));

        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/rollback").then().statusCode(202)
                .header("Location", endsWith("/api/v1/imports/" + id))
                .body("state", is("ROLLING_BACK")).body("rollbackRequestedBy", is("service-account-importer"))
                .body("rolledBackAt", nullValue());
        JsonPath rolledBack = await(id, "ROLLED_BACK");
        assertThat(rolledBack.getString("rolledBackBy")).isEqualTo("service-account-importer");
        assertThat(rolledBack.getString("rollbackProblem")).isNull();
        assertThat(registered(headCitizenId(a))).isZero();
        assertThat(registered(headCitizenId(b))).isZero();
        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/rollback").then().statusCode(409)
                .contentType("application/problem+json").body("code", is("IMPORT_NOT_ROLLBACKABLE"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItems("IMPORT_ROLLBACK_REQUESTED", "IMPORT_ROLLED_BACK"))
                .body("items.find { it.action == 'IMPORT_ROLLED_BACK' }.actor", is("service-account-importer"));
    }

    @Test
    void anImportWhoseHouseholdsLaterRecordsUseIsNotUndone() throws Exception {
        Map<String, Object> a = Fixtures.household("29956", "Lê Văn Mười");
        String id = upload(importer(), line(a), NDJSON, "?mode=COMMIT&policy=VALID_ROWS_ONLY", UUID.randomUUID().toString())
                .then().statusCode(202).extract().path("id");
        await(id, "DONE");
        // the household has since been reviewed: its frozen status points at it
        Sql.update("insert into review_cycle (id, kind, year, month, standard_code, reference_date, opens_on, closes_on, state,"
                + " consolidated_at, consolidated_by, created_at, created_by, updated_at, updated_by)"
                + " values (gen_random_uuid(), 'REGULAR', 2039, 3, 'ND07_2021', date '2039-03-01', date '2039-03-01', date '2039-03-31',"
                + " 'CONSOLIDATED', now(), 'test', now(), 'test', now(), 'test')");
        Sql.update("insert into household_status_record (id, household_id, cycle_id, year, commune_code, status_start, status_end,"
                + " transition, standard_code, decided_on, frozen_at)"
                + " select gen_random_uuid(), m.household_id, c.id, 2039, '29956', 'POOR', 'POOR', 'REMAINED_POOR', 'ND07_2021',"
                + " date '2039-03-20', now() from household_member m, review_cycle c"
                + " where m.citizen_id = '" + headCitizenId(a) + "' and c.year = 2039 and c.month = 3");

        // found only when the worker deletes the households: the job goes back to DONE with the reason, nothing undone
        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/rollback").then().statusCode(202)
                .body("state", is("ROLLING_BACK"));
        JsonPath back = await(id, "DONE");
        assertThat(back.getString("rollbackProblem.code")).isEqualTo("BATCH_IN_USE");
        assertThat(back.getInt("rollbackProblem.status")).isEqualTo(409);
        assertThat(back.getString("rollbackProblem.type")).isEqualTo("/problems/conflict");
        assertThat(back.getString("rollbackProblem.detail")).contains("archive them instead");
        assertThat(back.getString("rolledBackAt")).isNull();
        assertThat(registered(headCitizenId(a))).isEqualTo(1);
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("entityId", id).queryParam("action", "IMPORT_ROLLBACK_FAILED")
                .get("/api/v1/audit-events").then().statusCode(200).body("items.size()", is(1));
    }

    /** As a rollback is found by a worker: asked for by the district officer, held by a live worker of another replica. */
    private static void rollbackHeldBy(String id, String worker) throws Exception {
        Sql.update("update import_job set state = 'ROLLING_BACK', rollback_from = state, rollback_requested_at = now(),"
                + " rollback_requested_by = 'huyen.lan', worker = '" + worker + "', heartbeat_at = now(), attempts = 1 where id = '" + id + "'");
    }

    /** The worker holding the job died after its {@code attempts}-th claim: its heartbeat is old. */
    private static void workerDied(String id, int attempts) throws Exception {
        Sql.update("update import_job set heartbeat_at = now() - interval '1 hour', attempts = " + attempts + " where id = '" + id + "'");
    }

    private static String committed(Map<String, Object> household, String query) throws Exception {
        String id = upload(importer(), line(household), NDJSON, query, null).then().statusCode(202).extract().path("id");
        await(id, "DONE");
        return id;
    }

    @Test
    void aRollbackRefusedByAChangeMadeAfterItWasAskedForGoesBackWithTheReason() throws Exception {
        String district = Tokens.districtOfficer();
        Map<String, Object> h = Fixtures.household("29956", "Vũ Văn Đổi");
        Response registered = Fixtures.register(h);
        String householdId = registered.path("id");
        String code = registered.path("code");
        Map<String, Object> update = new java.util.LinkedHashMap<>(h);
        update.put("householdCode", code);
        update.put("address", "Địa chỉ theo tệp nhập");
        String id = committed(update, "?mode=COMMIT&matchBy=HOUSEHOLD_CODE");

        // asked for while the household was as the import left it; edited before the worker came to it
        rollbackHeldBy(id, "busy/1");
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", etag(householdId))
                .body(Map.of("hamletCode", "29956-01", "address", "Địa chỉ sửa tay", "phone", "0987000222"))
                .put("/api/v1/households/{id}", householdId).then().statusCode(200);
        workerDied(id, 1);

        JsonPath back = await(id, "DONE");
        assertThat(back.getString("rollbackProblem.code")).isEqualTo("BATCH_CHANGED_SINCE");
        assertThat(back.getList("rollbackProblem.householdCodes", String.class)).containsExactly(code);
        assertThat(back.getInt("rollbackProblem.householdCount")).isEqualTo(1);
        assertThat(back.getString("rollbackProblem.instance")).isEqualTo("/api/v1/imports/" + id + "/rollback");
        given().auth().oauth2(district).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .body("address", is("Địa chỉ sửa tay")).body("phone", is("0987000222"));
        // not tried again by itself; asked again, it is refused at once
        given().auth().oauth2(district).post("/api/v1/imports/" + id + "/rollback").then().statusCode(409)
                .body("code", is("BATCH_CHANGED_SINCE"));
        given().auth().oauth2(importer()).get("/api/v1/imports/" + id).then().body("state", is("DONE"));
    }

    @Test
    void aSecondRollbackWhileOneRunsIsRefusedAndOneWhoseWorkerDiedIsTakenOverAndDone() throws Exception {
        Map<String, Object> h = Fixtures.household("29971", "Đinh Văn Tiếp");
        String id = committed(h, "?mode=COMMIT&policy=VALID_ROWS_ONLY");
        rollbackHeldBy(id, "busy/2");

        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/rollback").then().statusCode(409)
                .contentType("application/problem+json").body("code", is("IMPORT_NOT_ROLLBACKABLE"))
                .body("detail", containsString("being rolled back"));
        // the progress stream goes on while the job is ROLLING_BACK and ends with the rollback
        CompletableFuture<String> events = CompletableFuture.supplyAsync(() -> given().auth().oauth2(importer())
                .accept("text/event-stream").get("/api/v1/imports/" + id + "/events").then().statusCode(200).extract().asString());
        Thread.sleep(1500);
        assertThat(registered(headCitizenId(h))).isEqualTo(1);

        // the worker's backend was killed: the database discarded its undo, and the job is taken over and undone again
        workerDied(id, 1);
        JsonPath done = await(id, "ROLLED_BACK");
        assertThat(done.getString("rolledBackBy")).isEqualTo("huyen.lan");
        assertThat(registered(headCitizenId(h))).isZero();
        assertThat(events.get(30, TimeUnit.SECONDS)).contains("\"state\":\"ROLLING_BACK\"").contains("\"state\":\"ROLLED_BACK\"");
    }

    @Test
    void aRollbackWhoseWorkerKeepsDyingGoesBackAndMayBeAskedForAgain() throws Exception {
        Map<String, Object> h = Fixtures.household("29956", "Ông Văn Lại");
        String id = committed(h, "?mode=COMMIT&policy=VALID_ROWS_ONLY");
        rollbackHeldBy(id, "gone/3");
        workerDied(id, 3);

        JsonPath back = await(id, "DONE");
        assertThat(back.getString("rollbackProblem.code")).isEqualTo("ROLLBACK_FAILED");
        assertThat(back.getString("rollbackProblem.detail")).contains("stopped 3 times");
        assertThat(registered(headCitizenId(h))).isEqualTo(1);

        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/rollback").then().statusCode(202)
                .body("rollbackProblem", nullValue());
        assertThat(await(id, "ROLLED_BACK").getString("rollbackProblem")).isNull();
        assertThat(registered(headCitizenId(h))).isZero();
    }

    @Test
    void rollbackRefusesToOverwriteChangesMadeAfterTheImportAndUndoesNothing() throws Exception {
        String district = Tokens.districtOfficer();
        List<Map<String, Object>> existing = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (String head : List.of("Mai Văn Sửa", "Mai Văn Rời", "Mai Văn Lưu", "Mai Văn Đón")) {
            Map<String, Object> h = Fixtures.household("29956", head);
            Response registered = Fixtures.register(h);
            existing.add(h);
            ids.add(registered.path("id"));
            codes.add(registered.path("code"));
            Map<String, Object> update = new java.util.LinkedHashMap<>(h);
            update.put("householdCode", registered.path("code"));
            update.put("address", "Địa chỉ theo tệp nhập");
            file.append(line(update)).append('\n');
        }
        Map<String, Object> fresh = Fixtures.household("29956", "Mai Văn Mới");
        file.append(line(fresh)).append('\n');
        Response outsider = Fixtures.register("29956", "Mai Văn Ngoài");

        String id = upload(importer(), file.toString(), NDJSON, "?mode=COMMIT&matchBy=HOUSEHOLD_CODE", null).then().statusCode(202)
                .extract().path("id");
        JsonPath job = await(id, "DONE");
        assertThat(job.getInt("householdsUpdated")).isEqualTo(4);
        assertThat(job.getInt("householdsCreated")).isEqualTo(1);
        JsonPath created = given().auth().oauth2(district).queryParam("citizenId", headCitizenId(fresh)).get("/api/v1/households")
                .then().statusCode(200).extract().jsonPath();
        String createdId = created.getString("items[0].id");
        codes.add(created.getString("items[0].code"));

        // each kind of later change raises the household's version: facts, a departure, an archive, a member moving in,
        // and a correction of a member of the household the import registered
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", etag(ids.get(0)))
                .body(Map.of("hamletCode", "29956-01", "address", "Địa chỉ theo tệp nhập", "phone", "0987000111"))
                .put("/api/v1/households/{id}", ids.get(0)).then().statusCode(200);
        String child = given().auth().oauth2(district).get("/api/v1/households/{id}", ids.get(1)).then().statusCode(200)
                .extract().path("members.find { it.relationship == 'CHILD' }.id");
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", etag(ids.get(1)))
                .body(Map.of("date", LocalDate.now().minusDays(1).toString(), "reason", "MOVED_AWAY"))
                .post("/api/v1/households/{id}/members/{m}/departure", ids.get(1), child).then().statusCode(200);
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", etag(ids.get(2)))
                .body(Map.of("reason", "MOVED_AWAY")).post("/api/v1/households/{id}/archive", ids.get(2)).then().statusCode(200);
        String mover = outsider.path("members.find { it.relationship == 'CHILD' }.id");
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", etag(outsider.path("id")))
                .body(Map.of("targetHouseholdId", ids.get(3), "relationship", "GRANDCHILD", "date", LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/households/{id}/members/{m}/transfer", outsider.path("id"), mover).then().statusCode(200);
        Map<String, Object> spouse = new java.util.LinkedHashMap<>(member(fresh, 1));
        spouse.put("employment", "EMPLOYED_WAGE");
        spouse.put("labourContract", "FIXED_TERM");
        String spouseId = given().auth().oauth2(district).get("/api/v1/households/{id}", createdId).then().statusCode(200)
                .extract().path("members.find { it.relationship == 'SPOUSE' }.id");
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", etag(createdId)).body(spouse)
                .put("/api/v1/households/{id}/members/{m}", createdId, spouseId).then().statusCode(200);

        given().auth().oauth2(district).post("/api/v1/imports/" + id + "/rollback").then().statusCode(409)
                .contentType("application/problem+json").body("code", is("BATCH_CHANGED_SINCE"))
                .body("householdCount", is(5)).body("householdCodes", is(codes.stream().sorted().toList()));

        // nothing was queued or undone: the import and the later changes stand
        given().auth().oauth2(importer()).get("/api/v1/imports/" + id).then().statusCode(200).body("state", is("DONE"))
                .body("rollbackRequestedAt", nullValue()).body("rollbackProblem", nullValue());
        given().auth().oauth2(district).get("/api/v1/households/{id}", ids.get(0)).then().statusCode(200)
                .body("address", is("Địa chỉ theo tệp nhập")).body("phone", is("0987000111"));
        given().auth().oauth2(district).get("/api/v1/households/{id}", ids.get(1)).then().statusCode(200)
                .body("members.id", not(hasItem(child)));
        given().auth().oauth2(district).get("/api/v1/households/{id}", ids.get(2)).then().statusCode(200)
                .body("archiveReason", is("MOVED_AWAY"));
        given().auth().oauth2(district).get("/api/v1/households/{id}", ids.get(3)).then().statusCode(200)
                .body("address", is("Địa chỉ theo tệp nhập")).body("members.relationship", hasItem("GRANDCHILD"));
        assertThat(registered(headCitizenId(fresh))).isEqualTo(1);
        given().auth().oauth2(district).get("/api/v1/households/{id}/history", ids.get(0)).then().statusCode(200)
                .body("items.action", not(hasItem("HOUSEHOLD_IMPORT_UNDONE")));
    }

    /**
     * A poor household (its status frozen by a 2030 review, as the benefit tests write it) loses its child and gains a
     * baby by an import: the entitlements follow when the job is DONE, on behalf of the importer, and the rollback
     * brings them back in line. The baby, who was granted a card meanwhile, leaves rather than vanishes.
     */
    @Test
    void anImportRecomputesTheEntitlementsOfTheHouseholdsItChangesAndTheRollbackBringsThemBack() throws Exception {
        String district = Tokens.districtOfficer();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> body = EntitlementResourceTest.poorHouseholdBody("Quách Văn Nghèo");
        Response registered = Fixtures.register(body);
        String householdId = registered.path("id");
        String childId = registered.path("members.find { it.relationship == 'CHILD' }.id");
        String cycleId = ReviewJourney.openRegular(2030, 5);
        Sql.update("insert into household_status_record (id, household_id, cycle_id, year, commune_code, status_start, status_end,"
                + " transition, standard_code, decided_on, frozen_at) values (gen_random_uuid(), '" + householdId + "', '" + cycleId
                + "', 2030, '29956', 'NOT_POOR', 'POOR', 'NEWLY_POOR', 'ND07_2021', date '" + today.minusDays(15) + "', now())");
        // saved unchanged, so that the registry announces a change and the entitlements follow the status
        given().auth().oauth2(district).contentType(ContentType.JSON).header("If-Match", etag(householdId))
                .body(Map.of("hamletCode", body.get("hamletCode"), "address", body.get("address"), "phone", body.get("phone"),
                        "monthlyIncomePerCapitaVnd", body.get("monthlyIncomePerCapitaVnd"), "housing", body.get("housing")))
                .put("/api/v1/households/{id}", householdId).then().statusCode(200);
        assertThat(liveRules(householdId, childId)).contains("HI_POOR");

        // the file keeps head and spouse, leaves the child out and adds a baby born this spring
        Map<String, Object> update = new java.util.LinkedHashMap<>(body);
        update.put("householdCode", registered.path("code"));
        Map<String, Object> baby = Fixtures.member("Quách Thị Bé", "CHILD", "FEMALE", today.minusMonths(3));
        baby.remove("citizenId");
        baby.put("educationLevel", "NONE");
        baby.put("employment", "NOT_IN_LABOUR_FORCE");
        update.put("members", List.of(member(body, 0), member(body, 1), baby));
        String id = upload(importer(), line(update), NDJSON, "?mode=COMMIT&matchBy=HOUSEHOLD_CODE", null).then().statusCode(202)
                .extract().path("id");
        assertThat(await(id, "DONE").getInt("householdsUpdated")).isEqualTo(1);

        JsonPath after = entitlements(householdId);
        String babyId = given().auth().oauth2(district).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .extract().path("members.find { it.fullName == 'Quách Thị Bé' }.id");
        assertThat(liveRules(householdId, babyId)).contains("HI_POOR");
        assertThat(liveRules(householdId, childId)).isEmpty();
        assertThat(after.getList("items.findAll { it.memberId == '" + childId + "' }.endReason", String.class))
                .isNotEmpty().allSatisfy(r -> assertThat(r).contains("left the household"));
        assertThat(after.getString("items.find { it.memberId == '" + babyId + "' }.events[0].recordedBy"))
                .isEqualTo("service-account-importer");
        given().auth().oauth2(district).queryParam("action", "ENTITLEMENTS_RECOMPUTED").queryParam("householdId", householdId)
                .get("/api/v1/audit-events").then().statusCode(200).body("items.actor", hasItem("service-account-importer"));

        given().auth().oauth2(district).post("/api/v1/imports/" + id + "/rollback").then().statusCode(202).body("state", is("ROLLING_BACK"));
        assertThat(await(id, "ROLLED_BACK").getString("rolledBackBy")).isEqualTo("huyen.lan");
        JsonPath restored = given().auth().oauth2(district).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(restored.getList("members.id", String.class)).contains(childId).doesNotContain(babyId).hasSize(3);
        assertThat(liveRules(householdId, childId)).contains("HI_POOR");
        assertThat(liveRules(householdId, babyId)).isEmpty();
        JsonPath back = entitlements(householdId);
        assertThat(back.getList("items.findAll { it.memberId == '" + babyId + "' }.state", String.class)).isNotEmpty()
                .allSatisfy(state -> assertThat(state).isEqualTo("EXPIRED"));
        // the baby's membership stays as history, ended by the rollback
        given().auth().oauth2(district).queryParam("asOf", today.minusDays(1).toString()).get("/api/v1/households/{id}/members", householdId)
                .then().statusCode(200)
                .body("items.find { it.id == '" + babyId + "' }.leftOn", is(today.toString()))
                .body("items.find { it.id == '" + babyId + "' }.leaveNote", containsString("undone"));
    }

    @Test
    void allOrNothingWritesNothingWhenOneRecordIsInvalid() throws Exception {
        Map<String, Object> a = Fixtures.household("29956", "Phạm Văn Tám");
        Map<String, Object> bad = Fixtures.household("29956", "Phạm Văn Chín");
        member(bad, 2).put("dateOfBirth", LocalDate.now().plusYears(1).toString());
        String id = upload(importer(), line(a) + "\n" + line(bad), NDJSON, "?mode=COMMIT&policy=ALL_OR_NOTHING", null)
                .then().statusCode(202).extract().path("id");
        JsonPath job = await(id, "REJECTED");
        assertThat(job.getInt("recordsInvalid")).isEqualTo(1);
        assertThat(job.getInt("recordsWritten")).isZero();
        assertThat(registered(headCitizenId(a))).isZero();
    }

    @Test
    void dryRunCommittedLaterAndTheSameFileIsNeverAppliedTwice() throws Exception {
        Map<String, Object> a = Fixtures.household("29956", "Võ Văn Mười");
        String file = line(a) + "\n";
        String key = UUID.randomUUID().toString();
        String id = upload(importer(), file, NDJSON, "", key).then().statusCode(202).header("Idempotency-Replayed", "false")
                .extract().path("id");
        await(id, "VALIDATED");
        // the same key and file: the same job, nothing new
        upload(importer(), file, NDJSON, "", key).then().statusCode(202).header("Idempotency-Replayed", "true").body("id", is(id));
        // the key with another file
        upload(importer(), file + line(Fixtures.household("29956", "Võ Văn Khác")), NDJSON, "", key).then().statusCode(422)
                .contentType("application/problem+json").body("code", is("IDEMPOTENCY_KEY_REUSED"));

        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/commit").then().statusCode(200).body("state", is("WRITING"));
        await(id, "DONE");
        assertThat(registered(headCitizenId(a))).isEqualTo(1);
        // the same bytes again, under a new key or none: refused
        upload(importer(), file, NDJSON, "?mode=COMMIT", UUID.randomUUID().toString()).then().statusCode(409)
                .body("code", is("IMPORT_ALREADY_APPLIED"));
        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/commit").then().statusCode(409)
                .body("code", is("IMPORT_NOT_COMMITTABLE"));
    }

    @Test
    void csvWithVietnameseHeadersAndBomRegistersHouseholdsOfSeveralRows() throws Exception {
        String headId = Fixtures.citizenId("MALE", LocalDate.of(1970, 1, 2));
        String wifeId = Fixtures.citizenId("FEMALE", LocalDate.of(1972, 3, 4));
        String otherHead = Fixtures.citizenId("FEMALE", LocalDate.of(1965, 5, 6));
        String csv = "\uFEFFSố thứ tự hộ,Mã xã,Mã ấp/khóm,Địa chỉ,Thu nhập bình quân đầu người/tháng (đồng),Thiết bị tiếp cận thông tin,"
                + "Họ và tên,Ngày sinh,Giới tính,Quan hệ với chủ hộ,Số định danh cá nhân,Dân tộc,Khuyết tật,Tình trạng đi học,"
                + "Trình độ học vấn,Việc làm,Hợp đồng lao động\r\n"
                + "1,29956,29956-01,\"Ấp 1, Thường Phước\",1200000,\"TV,RADIO\",Trần Văn Chủ,02/01/1970,MALE,HEAD," + headId
                + ",KINH,NONE,NOT_APPLICABLE,PRIMARY,SELF_EMPLOYED,NOT_APPLICABLE\r\n"
                + "1,29956,29956-01,\"Ấp 1, Thường Phước\",1200000,\"TV,RADIO\",Lê Thị Vợ,1972-03-04,FEMALE,SPOUSE," + wifeId
                + ",KINH,NONE,NOT_APPLICABLE,PRIMARY,SELF_EMPLOYED,NOT_APPLICABLE\r\n"
                + "2,29956,29956-01,Ấp 1,abc,,Ngô Thị Lỗi,06/05/1965,FEMALE,HEAD," + otherHead
                + ",KINH,NONE,NOT_APPLICABLE,PRIMARY,SELF_EMPLOYED,NOT_APPLICABLE\r\n";
        String id = upload(importer(), csv, "text/csv", "?mode=COMMIT", null).then().statusCode(202)
                .body("format", is("CSV")).extract().path("id");
        JsonPath job = await(id, "DONE");
        assertThat(job.getInt("recordsRead")).isEqualTo(2);
        assertThat(job.getInt("membersWritten")).isEqualTo(2);
        JsonPath found = given().auth().oauth2(Tokens.districtOfficer()).queryParam("citizenId", wifeId).get("/api/v1/households")
                .then().statusCode(200).extract().jsonPath();
        assertThat(found.getInt("items[0].memberCount")).isEqualTo(2);
        assertThat(found.getString("items[0].headName")).isEqualTo("Trần Văn Chủ");
        assertThat(registered(otherHead)).isZero();

        String report = given().auth().oauth2(importer()).accept("text/csv").get("/api/v1/imports/" + id + "/problem-report")
                .then().statusCode(200).header("Content-Disposition", containsString(".csv")).extract().asString();
        assertThat(report).contains("Dòng,Cột,Mã lỗi").contains("4,monthlyIncomePerCapitaVnd,INVALID_NUMBER,Số không hợp lệ")
                .contains("Ngô Thị Lỗi");
        byte[] xlsx = given().auth().oauth2(importer()).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Accept-Language", "en").get("/api/v1/imports/" + id + "/problem-report").then().statusCode(200).extract().asByteArray();
        assertThat(xlsx[0]).isEqualTo((byte) 'P');
    }

    @Test
    void unknownCsvColumnFailsTheJobWithItsName() throws Exception {
        String id = upload(importer(), "Họ và tên,Cột lạ\nAn,x\n", "text/csv", "", null).then().statusCode(202).extract().path("id");
        JsonPath job = await(id, "FAILED");
        assertThat(job.getString("error")).contains("UNKNOWN_COLUMN").contains("Cột lạ");
    }

    @Test
    void upsertByHouseholdCodeReplacesFactsAndRosterAndRollbackRestoresThem() throws Exception {
        Map<String, Object> original = Fixtures.household("29956", "Đặng Văn Cũ");
        Response registered = Fixtures.register(original);
        String householdId = registered.path("id");
        String code = registered.path("code");
        Map<String, Object> update = new java.util.LinkedHashMap<>(original);
        update.put("householdCode", code);
        update.put("address", "Địa chỉ mới");
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(member(original, 0));
        members.add(member(original, 1));
        members.add(Fixtures.member("Đặng Thị Mới", "CHILD", "FEMALE", LocalDate.of(2020, 2, 2)));
        update.put("members", members);

        String id = upload(importer(), line(update), NDJSON, "?mode=COMMIT&matchBy=HOUSEHOLD_CODE", null).then().statusCode(202)
                .extract().path("id");
        JsonPath job = await(id, "DONE");
        assertThat(job.getInt("householdsUpdated")).isEqualTo(1);
        JsonPath after = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/" + householdId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(after.getString("address")).isEqualTo("Địa chỉ mới");
        assertThat(after.getList("members.fullName", String.class)).containsExactlyInAnyOrder("Đặng Văn Cũ", "Trần Thị Bích", "Đặng Thị Mới");
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/" + householdId + "/history").then().statusCode(200)
                .body("items.action", hasItem("HOUSEHOLD_IMPORTED"));

        given().auth().oauth2(Tokens.districtOfficer()).post("/api/v1/imports/" + id + "/rollback").then().statusCode(202);
        await(id, "ROLLED_BACK");
        JsonPath back = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/" + householdId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(back.getString("address")).isEqualTo("Số 12, đường Nguyễn Huệ");
        assertThat(back.getList("members.fullName", String.class)).containsExactlyInAnyOrder("Đặng Văn Cũ", "Trần Thị Bích", "Nguyễn Minh Khang");
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/" + householdId + "/history").then()
                .body("items.action", hasItems("HOUSEHOLD_IMPORTED", "HOUSEHOLD_IMPORT_UNDONE"));

        // an unknown code is a problem of its record
        update.put("householdCode", "29956-999999");
        member(update, 0).put("citizenId", Fixtures.citizenId("MALE", LocalDate.of(1978, 4, 12)));
        member(update, 1).put("citizenId", Fixtures.citizenId("FEMALE", LocalDate.of(1981, 9, 3)));
        member(update, 2).put("citizenId", null);
        String second = upload(importer(), line(update), NDJSON, "?matchBy=HOUSEHOLD_CODE", null).then().statusCode(202).extract().path("id");
        await(second, "VALIDATED");
        given().auth().oauth2(importer()).get("/api/v1/imports/" + second + "/problems").then().body("items.code", hasItem("UNKNOWN_HOUSEHOLD_CODE"));
    }

    @Test
    void registryDuplicatesAreFoundAndCitizenIdMatchUpdatesTheirHousehold() throws Exception {
        Map<String, Object> existing = Fixtures.household("29956", "Huỳnh Văn Có");
        String householdId = Fixtures.register(existing).path("id");
        existing.put("phone", "0987654321");
        String plain = upload(importer(), line(existing), NDJSON, "", null).then().statusCode(202).extract().path("id");
        await(plain, "VALIDATED");
        given().auth().oauth2(importer()).get("/api/v1/imports/" + plain + "/problems").then()
                .body("items.code", hasItem("DUPLICATE_CITIZEN_ID"));

        String byId = upload(importer(), line(existing), NDJSON, "?mode=COMMIT&matchBy=CITIZEN_ID", null).then().statusCode(202).extract().path("id");
        assertThat(await(byId, "DONE").getInt("householdsUpdated")).isEqualTo(1);
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/" + householdId).then().body("phone", is("0987654321"));
    }

    @Test
    void aJobTakenOverAfterItsWorkerDiedContinuesAtItsCursor() throws Exception {
        List<Map<String, Object>> households = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> h = Fixtures.household("29956", "Trịnh Văn Số " + i);
            households.add(h);
            file.append(line(h)).append('\n');
        }
        String id = upload(importer(), file.toString(), NDJSON, "", null).then().statusCode(202).extract().path("id");
        await(id, "VALIDATED");
        // as if a worker had written the first chunk (3 records) with its cursor, then died without a word
        Sql.update("update import_job set state = 'WRITING', mode = 'COMMIT', cursor_record = 3, records_written = 3, worker = 'gone/1',"
                + " heartbeat_at = now() - interval '1 hour', attempts = 1 where id = '" + id + "'");
        JsonPath job = await(id, "DONE");
        assertThat(job.getInt("recordsWritten")).isEqualTo(7);
        assertThat(job.getInt("householdsCreated")).isEqualTo(4);
        for (int i = 0; i < 7; i++) {
            assertThat(registered(headCitizenId(households.get(i)))).as("record " + (i + 1)).isEqualTo(i < 3 ? 0 : 1);
        }
    }

    @Test
    void aOnePassImportTakenOverAfterItsWorkerDiedContinuesAtItsCursor() throws Exception {
        List<Map<String, Object>> households = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> h = Fixtures.household("29971", "Lý Văn Lượt " + i);
            households.add(h);
            file.append(line(h)).append('\n');
        }
        // record 5 repeats a citizen id of record 2: the resumed pass must still know the ids before its cursor
        member(households.get(4), 0).put("citizenId", headCitizenId(households.get(1)));
        file.setLength(0);
        households.forEach(h -> file.append(line(h)).append('\n'));
        String id = upload(importer(), file.toString(), NDJSON, "", null).then().statusCode(202).extract().path("id");
        await(id, "VALIDATED");
        // as if a one-pass commit (VALID_ROWS_ONLY) had checked and written 3 records, then its worker died
        Sql.update("delete from import_row_error where job_id = '" + id + "'");
        Sql.update("update import_job set state = 'WRITING', mode = 'COMMIT', validated_at = null, cursor_record = 3, records_read = 3,"
                + " records_valid = 3, records_invalid = 0, records_written = 3, worker = 'gone/2', heartbeat_at = now() - interval '1 hour',"
                + " attempts = 1 where id = '" + id + "'");
        JsonPath job = await(id, "DONE");
        assertThat(job.getInt("recordsRead")).isEqualTo(6);
        assertThat(job.getInt("recordsInvalid")).isEqualTo(1);
        assertThat(job.getInt("householdsCreated")).isEqualTo(2);
        assertThat(registered(headCitizenId(households.get(3)))).isEqualTo(1);
        assertThat(registered(headCitizenId(households.get(5)))).isEqualTo(1);
        assertThat(registered(headCitizenId(households.get(0)))).isZero();
        given().auth().oauth2(importer()).get("/api/v1/imports/" + id + "/problems").then()
                .body("items.code", is(List.of("DUPLICATE_IN_FILE"))).body("items[0].lineNo", is(5));
    }

    @Test
    void aChunkThatFailsKeepsTheChunksAfterItFromBeingCommitted() throws Exception {
        // chunks of 3 are written two at a time; the second chunk's COPY fails in the database
        Sql.update("create function test_refuse_member() returns trigger language plpgsql as $$ begin"
                + " if new.full_name = 'Lỗi Ghi Cố Ý' then raise exception 'refused for the test'; end if; return new; end $$");
        Sql.update("create trigger test_refuse_member before insert on household_member for each row execute function test_refuse_member()");
        try {
            List<Map<String, Object>> households = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                households.add(Fixtures.household("29956", i == 4 ? "Lỗi Ghi Cố Ý" : "Phan Văn Chuỗi " + i));
            }
            String id = upload(importer(), String.join("\n", households.stream().map(ImportResourceTest::line).toList()), NDJSON,
                    "?mode=COMMIT&policy=VALID_ROWS_ONLY", null).then().statusCode(202).extract().path("id");
            JsonPath job = await(id, "FAILED");
            assertThat(job.getInt("recordsWritten")).isEqualTo(3);
            for (int i = 0; i < 12; i++) {
                assertThat(registered(headCitizenId(households.get(i)))).as("record " + (i + 1)).isEqualTo(i < 3 ? 1 : 0);
            }
            assertThat(((Number) Sql.single("select cursor_record from import_job where id = '" + id + "'")).intValue()).isEqualTo(3);
        } finally {
            Sql.update("drop trigger test_refuse_member on household_member");
            Sql.update("drop function test_refuse_member()");
        }
    }

    @Test
    void aMemberAnUpdateReleasesMayJoinAHouseholdOfALaterChunk() throws Exception {
        Map<String, Object> original = Fixtures.household("29956", "Võ Văn Chuyển");
        Response registered = Fixtures.register(original);
        Map<String, Object> update = new java.util.LinkedHashMap<>(original);
        update.put("householdCode", registered.path("code"));
        update.put("members", List.of(member(original, 0), member(original, 1)));
        Map<String, Object> leaving = member(original, 2);
        List<Map<String, Object>> file = new ArrayList<>(List.of(update, Fixtures.household("29956", "Võ Văn Hai"),
                Fixtures.household("29956", "Võ Văn Ba")));
        Map<String, Object> joining = Fixtures.household("29956", "Võ Văn Bốn");
        member(joining, 2).putAll(leaving); // the same child, now in a household of the next chunk
        file.add(joining);

        String id = upload(importer(), String.join("\n", file.stream().map(ImportResourceTest::line).toList()), NDJSON,
                "?mode=COMMIT&policy=VALID_ROWS_ONLY&matchBy=HOUSEHOLD_CODE", null).then().statusCode(202).extract().path("id");
        JsonPath job = await(id, "DONE", "FAILED");
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getInt("recordsInvalid")).isZero();
        assertThat(job.getInt("householdsUpdated")).isEqualTo(1);
        assertThat(job.getInt("householdsCreated")).isEqualTo(3);
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("citizenId", (String) leaving.get("citizenId")).get("/api/v1/households")
                .then().statusCode(200).body("items.headName", is(List.of("Võ Văn Bốn")));
    }

    @Test
    void cancelStopsAQueuedOrCheckedImport() throws Exception {
        String id = upload(importer(), line(Fixtures.household("29956", "Hủy Văn Bỏ")), NDJSON, "", null).then().statusCode(202)
                .extract().path("id");
        await(id, "VALIDATED");
        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/cancel").then().statusCode(200).body("state", is("CANCELLED"));
        given().auth().oauth2(importer()).post("/api/v1/imports/" + id + "/commit").then().statusCode(409);
    }

    @Test
    void onlyImportersImportAndTheImporterClientOnlyImports() {
        given().auth().oauth2(importer()).get("/api/v1/households").then().statusCode(403);
        given().auth().oauth2(Tokens.communeOfficer("29956")).get("/api/v1/imports").then().statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/imports").then().statusCode(401);
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/imports").then().statusCode(200);
        given().auth().oauth2(importer()).get("/api/v1/imports/" + UUID.randomUUID()).then().statusCode(404)
                .body("code", is("IMPORT_NOT_FOUND"));
        upload(importer(), "x", "application/pdf", "", null).then().statusCode(415);
    }

    @Test
    void theTemplatesImportAsTheyAre() throws Exception {
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        byte[] xlsx = given().auth().oauth2(importer()).accept(xlsxType).get("/api/v1/imports/template").then().statusCode(200)
                .header("Content-Disposition", containsString("mau-nhap-ho.xlsx")).extract().asByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số thứ tự hộ");
            assertThat(wb.getSheetName(1)).isEqualTo("Columns (English)");
            assertThat(wb.getSheetAt(0).getDataValidations()).isNotEmpty();
        }
        String id = given().auth().oauth2(importer()).contentType(xlsxType).body(xlsx).post("/api/v1/imports?fileName=mau.xlsx")
                .then().statusCode(202).body("format", is("XLSX")).extract().path("id");
        JsonPath job = await(id, "VALIDATED");
        assertThat(job.getInt("recordsValid")).isEqualTo(1);
        assertThat(job.getInt("recordsInvalid")).isZero();

        String csv = given().auth().oauth2(importer()).accept("text/csv").get("/api/v1/imports/template").then().statusCode(200)
                .extract().asString();
        String csvJob = upload(importer(), csv, "text/csv", "", null).then().statusCode(202).extract().path("id");
        assertThat(await(csvJob, "VALIDATED").getInt("recordsValid")).isEqualTo(1);
    }

    @Test
    void progressIsStreamedAsServerSentEventsUntilTheJobRests() throws Exception {
        String id = upload(importer(), line(Fixtures.household("29956", "Sự Kiện Văn")), NDJSON, "", null).then().statusCode(202)
                .extract().path("id");
        String events = given().auth().oauth2(importer()).accept("text/event-stream").get("/api/v1/imports/" + id + "/events")
                .then().statusCode(200).extract().asString();
        assertThat(events).contains("data:").contains("\"state\":\"VALIDATED\"");
    }
}
