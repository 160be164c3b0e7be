package vn.giamngheo.monitoring.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Sql;
import vn.giamngheo.testing.Tokens;

/**
 * Report periods and submissions through the API with real tokens: who may start, edit, submit, return and accept;
 * the state machine; versions and their diff; attachments; completeness and the consolidated report.
 * The registry's figures come from a consolidated review of 2037 written straight into the database for commune 29998.
 */
@QuarkusTest
public class ReportSubmissionTest {
    private static final String COMMUNE = "29998";
    private static final String UNIT = "XA-" + COMMUNE;
    private static final int YEAR = 2037;
    private static String periodId;

    static String commune() {
        return Tokens.communeOfficer(COMMUNE);
    }

    static String otherCommune() {
        return Tokens.communeOfficer("29956");
    }

    static String department(String code) {
        return Tokens.token("phong." + code.toLowerCase(), "department-officer", Map.of("department_code", code), 300);
    }

    @BeforeEach
    void registryAndPeriod() throws SQLException {
        if (periodId == null) {
            setUp();
        }
    }

    private static synchronized void setUp() throws SQLException {
        String poor = Fixtures.register(COMMUNE, "Lê Văn Nghèo").jsonPath().getString("id");
        String nearPoor = Fixtures.register(COMMUNE, "Phạm Thị Cận").jsonPath().getString("id");
        Fixtures.register(COMMUNE, "Võ Văn Khá");
        String cycle = UUID.randomUUID().toString();
        Sql.update("insert into review_cycle (id, kind, year, standard_code, reference_date, opens_on, closes_on, state, consolidated_at, "
                + "consolidated_by, created_at, created_by, updated_at, updated_by) values ('" + cycle + "', 'PERIODIC', " + YEAR
                + ", 'ND07_2021', '" + YEAR + "-09-01', '" + YEAR + "-09-01', '" + YEAR + "-12-14', 'CONSOLIDATED', now(), 'test', now(), 'test', now(), 'test')");
        Sql.update("insert into household_status_record (id, household_id, cycle_id, year, commune_code, status_start, status_end, transition, "
                + "standard_code, decided_on, frozen_at) values "
                + "(gen_random_uuid(), '" + poor + "', '" + cycle + "', " + YEAR + ", '" + COMMUNE + "', 'NOT_POOR', 'POOR', 'NEWLY_POOR', 'ND07_2021', '"
                + YEAR + "-12-10', now()), "
                + "(gen_random_uuid(), '" + nearPoor + "', '" + cycle + "', " + YEAR + ", '" + COMMUNE + "', 'NEAR_POOR', 'NEAR_POOR', 'REMAINED_NEAR_POOR', "
                + "'ND07_2021', '" + YEAR + "-12-10', now())");
        // a disbursed loan of the poor household: loans asked for and received
        Sql.update("insert into entitlement (id, program_code, rule_code, household_id, commune_code, valid_from, state, loan_amount_vnd, "
                + "change_seq, change_kind, created_at, created_by, updated_at, updated_by) values (gen_random_uuid(), 'LOAN_POOR', 'LOAN_POOR', '"
                + poor + "', '" + COMMUNE + "', '2037-01-01', 'FULFILLED', 30000000, 0, 'NEW', now(), 'test', now(), 'test')");
        periodId = given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SIX_MONTH", "year", YEAR))
                .post("/api/v1/report-periods")
                .then().statusCode(201)
                .body("dueOn", is(YEAR + "-06-10"))
                .body("coversTo", is(YEAR + "-06-30"))
                .body("unitCodes", hasItems("YTE", "LDTBXH", UNIT, "XA-29956"))
                .body("completeness.expected", is(22))
                .extract().path("id");
    }

    static Response start(String token, String periodId, String unit) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("unitCode", unit))
                .post("/api/v1/report-periods/" + periodId + "/submissions");
    }

    static Response move(String token, String submissionId, String action, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        if (comment != null) {
            body.put("comment", comment);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/report-submissions/" + submissionId + "/transitions");
    }

    static Map<String, Object> content(Map<String, Object> indicators, String difficulties, List<Map<String, Object>> budget) {
        Map<String, Object> narratives = new LinkedHashMap<>();
        narratives.put("results", "Đã hỗ trợ sinh kế cho 12 hộ nghèo");
        narratives.put("difficulties", difficulties);
        narratives.put("proposals", "Đề nghị bổ sung vốn vay giải quyết việc làm");
        return Map.of("indicators", indicators, "narratives", narratives, "budget", budget);
    }

    static Response save(String token, String submissionId, long version, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .put("/api/v1/report-submissions/" + submissionId);
    }

    @Test
    void programStructureNamesLeadUnitsAndWhyProjectsDoNotRunHere() {
        given().auth().oauth2(Tokens.auditor())
                .get("/api/v1/program")
                .then().statusCode(200)
                .body("projects", hasSize(7))
                .body("projects.find { it.code == 'P1' }.runsHere", is(false))
                .body("projects.find { it.code == 'P1' }.notRunReasonEn", containsString("coastal"))
                .body("projects.find { it.code == 'P5' }.notRunReasonEn", containsString("not a poor district"))
                .body("projects.find { it.code == 'P3' }.subProjects.code", hasItems("P3.1", "P3.2"))
                .body("projects.find { it.code == 'P3' }.subProjects.find { it.code == 'P3.2' }.leadUnitCode", is("YTE"))
                .body("projects.find { it.code == 'P4' }.subProjects.findAll { !it.runsHere }.code", hasItems("P4.1", "P4.2"))
                .body("fundingSources.code", hasItems("NTP_POVERTY", "NTP_NEW_RURAL", "SOCIAL_POLICY_BANK", "SOCIAL_MOBILISATION", "FOR_THE_POOR_FUND"))
                .body("targets.find { it.code == 'POVERTY_RATE_CHANGE' }.value", is(-0.6f))
                .body("targets.find { it.code == 'HEALTH_INSURANCE' }.value", is(100.0f))
                .body("indicators.code", hasItems("POOR_RATE", "DEPRIVED_SANITATION", "JOB_PLACEMENTS"));
        given().auth().oauth2(department("YTE"))
                .get("/api/v1/reporting-units")
                .then().statusCode(200)
                .body("items", hasSize(22))
                .body("items.find { it.code == 'LDTBXH' }.standingOffice", is(true))
                .body("items.find { it.code == 'XA-29971' }.nameVi", is("Ủy ban nhân dân thị trấn Thường Thới Tiền"));
        given().get("/api/v1/program").then().statusCode(401);
    }

    @Test
    void onlyTheStandingOfficeOpensPeriodsOncePerKindAndYear() {
        given().auth().oauth2(commune()).contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL", "year", YEAR))
                .post("/api/v1/report-periods").then().statusCode(403).body("code", is("FORBIDDEN"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(Map.of("kind", "SIX_MONTH", "year", YEAR))
                .post("/api/v1/report-periods").then().statusCode(409).body("code", is("PERIOD_EXISTS"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(Map.of("kind", "AD_HOC", "year", YEAR))
                .post("/api/v1/report-periods").then().statusCode(400).body("code", is("VALIDATION_FAILED"))
                .body("errors.pointer", hasItems("/dueOn", "/title"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "AD_HOC", "year", YEAR, "dueOn", YEAR + "-03-01", "title", "Báo cáo nhanh", "unitCodes", List.of("YTE", "NOPE")))
                .post("/api/v1/report-periods").then().statusCode(400).body("errors[0].pointer", is("/unitCodes/1"))
                .body("errors[0].code", is("UNKNOWN_UNIT"));
    }

    @Test
    void aCommunesReportGoesThroughReturnAndResubmissionToAcceptanceWithEveryVersionKept() {
        // another unit may not start it; the commune may
        start(otherCommune(), periodId, UNIT).then().statusCode(403).body("code", is("NOT_OWN_UNIT"));
        start(Tokens.districtOfficer(), periodId, UNIT).then().statusCode(403);
        Response draft = start(commune(), periodId, UNIT);
        draft.then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", is("DRAFT"))
                .body("editable", is(true))
                .body("timeliness", is("PENDING"))
                .body("registryBasis", containsString("năm " + YEAR))
                .body("indicators.find { it.code == 'POOR_HOUSEHOLDS' }.value", is(1))
                .body("indicators.find { it.code == 'POOR_HOUSEHOLDS' }.registryValue", is(1))
                .body("indicators.find { it.code == 'NEAR_POOR_HOUSEHOLDS' }.registryValue", is(1))
                .body("indicators.find { it.code == 'NEWLY_POOR' }.registryValue", is(1))
                .body("indicators.find { it.code == 'LOAN_BORROWERS' }.registryValue", is(1))
                .body("indicators.find { it.code == 'LOAN_DISBURSED_VND' }.registryValue", is(30000000))
                .body("indicators.find { it.code == 'JOB_PLACEMENTS' }.source", is("UNIT"))
                .body("indicators.find { it.code == 'JOB_PLACEMENTS' }.registryValue", nullValue())
                .body("indicators.code", not(hasItem("FOR_THE_POOR_FUND_VND")))
                .body("indicators.differsFromRegistry", everyItem(is(false)));
        String id = draft.path("id");
        int households = draft.path("indicators.find { it.code == 'HOUSEHOLDS' }.registryValue");
        float rate = draft.path("indicators.find { it.code == 'POOR_RATE' }.registryValue");
        assertThat(households).isGreaterThanOrEqualTo(3);
        assertThat((double) rate).isCloseTo(Math.round(10_000.0 / households) / 100.0, org.assertj.core.data.Offset.offset(0.001));
        start(commune(), periodId, UNIT).then().statusCode(409).body("code", is("SUBMISSION_EXISTS"));

        // the standing office cannot accept a draft; the commune may not return its own report
        move(Tokens.districtOfficer(), id, "ACCEPT", null).then().statusCode(409).body("code", is("ILLEGAL_TRANSITION"));
        move(commune(), id, "RETURN", "x").then().statusCode(403).body("code", is("NOT_STANDING_OFFICE"));

        Map<String, Object> first = content(Map.of("POOR_HOUSEHOLDS", 1, "NEAR_POOR_HOUSEHOLDS", 3, "JOB_PLACEMENTS", 40), null,
                List.of(Map.of("projectCode", "P2", "sourceCode", "NTP_POVERTY", "allocatedVnd", 250_000_000, "disbursedVnd", 120_000_000)));
        save(commune(), id, 0, first).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("indicators.find { it.code == 'NEAR_POOR_HOUSEHOLDS' }.value", is(3))
                .body("indicators.find { it.code == 'NEAR_POOR_HOUSEHOLDS' }.differsFromRegistry", is(true))
                .body("indicators.find { it.code == 'POOR_HOUSEHOLDS' }.differsFromRegistry", is(false))
                .body("budget[0].disbursedVnd", is(120000000))
                .body("narratives.proposals", containsString("vốn vay"));
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/report-periods/" + periodId + "/submissions")
                .then().statusCode(200).body("items.find { it.unitCode == '" + UNIT + "' }.differingIndicators", is(1));

        move(commune(), id, "SUBMIT", null).then().statusCode(200).body("state", is("SUBMITTED")).body("editable", is(false))
                .body("versions", is(1)).body("firstSubmittedAt", notNullValue()).body("timeliness", is("ON_TIME"));
        save(commune(), id, 2, first).then().statusCode(409).body("code", is("ILLEGAL_TRANSITION"));
        move(commune(), id, "SUBMIT", null).then().statusCode(409).body("code", is("ILLEGAL_TRANSITION"));

        move(Tokens.districtOfficer(), id, "RETURN", null).then().statusCode(400).body("errors[0].pointer", is("/comment"));
        move(Tokens.districtOfficer(), id, "RETURN", "Số hộ cận nghèo chưa khớp với sổ hộ, đề nghị kiểm tra lại")
                .then().statusCode(200).body("state", is("RETURNED")).body("editable", is(true))
                .body("returnComment", containsString("cận nghèo"));
        given().auth().oauth2(commune()).get("/api/v1/report-periods/" + periodId + "/reminders")
                .then().statusCode(200).body("units", hasSize(1)).body("units[0].unitCode", is(UNIT))
                .body("units[0].state", is("RETURNED")).body("units[0].returnComment", containsString("cận nghèo"));

        Map<String, Object> corrected = content(Map.of("POOR_HOUSEHOLDS", 1, "NEAR_POOR_HOUSEHOLDS", 1, "JOB_PLACEMENTS", 40), "Thiếu cán bộ",
                List.of(Map.of("projectCode", "P2", "sourceCode", "NTP_POVERTY", "allocatedVnd", 250_000_000, "disbursedVnd", 150_000_000)));
        int version = given().auth().oauth2(commune()).get("/api/v1/report-submissions/" + id).then().statusCode(200).extract().path("version");
        save(commune(), id, version - 1, corrected).then().statusCode(412).body("code", is("STALE_VERSION"));
        given().auth().oauth2(commune()).contentType(ContentType.JSON).body(corrected).put("/api/v1/report-submissions/" + id)
                .then().statusCode(428);
        save(commune(), id, version, corrected).then().statusCode(200).body("indicators.differsFromRegistry", everyItem(is(false)));
        move(commune(), id, "SUBMIT", null).then().statusCode(200).body("state", is("RESUBMITTED")).body("versions", is(2));

        given().auth().oauth2(Tokens.auditor()).get("/api/v1/report-submissions/" + id + "/versions")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].changes", hasSize(0))
                .body("items[1].changes.field", hasItems("indicators.NEAR_POOR_HOUSEHOLDS", "narratives.difficulties",
                        "budget.P2/NTP_POVERTY.disbursedVnd"))
                .body("items[1].changes.find { it.field == 'indicators.NEAR_POOR_HOUSEHOLDS' }.before", is("3"))
                .body("items[1].changes.find { it.field == 'indicators.NEAR_POOR_HOUSEHOLDS' }.after", is("1"));

        move(Tokens.auditor(), id, "ACCEPT", null).then().statusCode(403);
        move(Tokens.districtOfficer(), id, "ACCEPT", null).then().statusCode(200).body("state", is("ACCEPTED"))
                .body("acceptedBy", is("huyen.lan"))
                .body("events.action", is(List.of("CREATE", "SUBMIT", "RETURN", "SUBMIT", "ACCEPT")));

        // accepted is final: no edit, no step
        int accepted = given().auth().oauth2(commune()).get("/api/v1/report-submissions/" + id).then().extract().path("version");
        save(commune(), id, accepted, first).then().statusCode(409).body("code", is("ILLEGAL_TRANSITION")).body("detail", containsString("accepted"));
        move(commune(), id, "SUBMIT", null).then().statusCode(409).body("code", is("ILLEGAL_TRANSITION"));
        move(Tokens.districtOfficer(), id, "RETURN", "Muộn").then().statusCode(409).body("code", is("ILLEGAL_TRANSITION"));
        given().auth().oauth2(commune()).contentType("application/pdf").body(pdf(100)).post("/api/v1/report-submissions/" + id + "/attachments")
                .then().statusCode(409);

        // the steps are in the audit log
        given().auth().oauth2(Tokens.auditor()).queryParam("entityId", id).get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItems("REPORT_SUBMISSION_CREATED", "REPORT_SUBMISSION_CHANGED", "REPORT_SUBMISSION_SUBMIT",
                        "REPORT_SUBMISSION_RETURN", "REPORT_SUBMISSION_ACCEPT"));

        // the consolidated report takes the accepted figures of the commune
        byte[] pdf = given().auth().oauth2(Tokens.districtOfficer()).accept("application/pdf")
                .get("/api/v1/report-periods/" + periodId + "/consolidated-report")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("bao-cao-tong-hop-" + YEAR + "-six-month.pdf"))
                .extract().asByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("BÁO CÁO TỔNG HỢP").contains("Xã Phú Thuận A").contains("Báo cáo xã").contains("Thiếu cán bộ")
                .contains("Đa dạng hóa sinh kế");
        byte[] xlsx = given().auth().oauth2(Tokens.districtOfficer())
                .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .get("/api/v1/report-periods/" + periodId + "/consolidated-report")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheet("Theo xã");
            List<String> names = new ArrayList<>();
            int communeRow = -1;
            for (var row : sheet) {
                var c = row.getCell(1);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    names.add(c.getStringCellValue());
                    if (c.getStringCellValue().equals("Xã Phú Thuận A")) {
                        communeRow = row.getRowNum();
                    }
                }
            }
            assertThat(names).contains("Xã Thường Phước 1", "Thị trấn Thường Thới Tiền", "Toàn huyện");
            // columns: code, name, HOUSEHOLDS, POOR_HOUSEHOLDS, POOR_RATE, NEAR_POOR_HOUSEHOLDS (the accepted 1) …
            assertThat(sheet.getRow(communeRow).getCell(5).getNumericCellValue()).isEqualTo(1.0);
            assertThat(wb.getSheet("Kinh phí").getRow(3).getCell(4).getNumericCellValue()).isEqualTo(150_000_000.0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        given().auth().oauth2(commune()).accept("application/pdf").get("/api/v1/report-periods/" + periodId + "/consolidated-report")
                .then().statusCode(403).body("code", is("NOT_DISTRICT"));
        given().auth().oauth2(Tokens.districtOfficer()).accept("text/csv").get("/api/v1/report-periods/" + periodId + "/consolidated-report")
                .then().statusCode(406);
    }

    @Test
    void aUnitSeesOnlyItsOwnReportAndAuditorsReadWithoutChanging() {
        String id = start(department("NHCSXH"), periodId, "NHCSXH").then().statusCode(201)
                // a department gets the district's figures of its own field only
                .body("indicators.code", hasItems("LOAN_REQUESTS", "LOAN_BORROWERS", "LOAN_DISBURSED_VND"))
                .body("indicators.code", not(hasItem("POOR_RATE")))
                .body("indicators.find { it.code == 'LOAN_BORROWERS' }.registryValue", notNullValue())
                .extract().path("id");
        start(department("NHCSXH"), periodId, "BHXH").then().statusCode(403).body("code", is("NOT_OWN_UNIT"));
        given().auth().oauth2(department("BHXH")).get("/api/v1/report-submissions/" + id).then().statusCode(404)
                .body("code", is("SUBMISSION_NOT_FOUND"));
        given().auth().oauth2(otherCommune()).get("/api/v1/report-submissions/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/report-submissions/" + id).then().statusCode(200).body("unitCode", is("NHCSXH"));
        save(Tokens.auditor(), id, 0, content(Map.of(), null, List.of())).then().statusCode(403);
        // the other unit's list and status show only itself
        given().auth().oauth2(department("BHXH")).get("/api/v1/report-periods/" + periodId + "/submissions")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(department("BHXH")).get("/api/v1/report-periods/" + periodId + "/status")
                .then().statusCode(200).body("units", hasSize(1)).body("units[0].unitCode", is("BHXH")).body("units[0].state", nullValue())
                .body("period.completeness.expected", is(22));
        // what a unit may type: its own indicators, projects that run here, known sources, one line per project and source
        save(department("NHCSXH"), id, 0, content(Map.of("POOR_RATE", 5, "NOPE", 1), null,
                List.of(Map.of("projectCode", "P1", "sourceCode", "NTP_POVERTY", "allocatedVnd", 1, "disbursedVnd", 0),
                        Map.of("projectCode", "P2", "sourceCode", "GOLD", "allocatedVnd", 1, "disbursedVnd", 0),
                        Map.of("projectCode", "P2", "sourceCode", "NTP_POVERTY", "allocatedVnd", 1, "disbursedVnd", 0),
                        Map.of("projectCode", "P2", "sourceCode", "NTP_POVERTY", "allocatedVnd", 2, "disbursedVnd", 0))))
                .then().statusCode(400)
                .body("errors.code", hasItems("NOT_REPORTED_BY_UNIT", "UNKNOWN_INDICATOR", "PROJECT_NOT_RUN", "UNKNOWN_SOURCE", "DUPLICATE_LINE"))
                .body("errors.pointer", hasItems("/indicators/POOR_RATE", "/indicators/NOPE", "/budget/0/projectCode", "/budget/1/sourceCode",
                        "/budget/3"));
        save(department("NHCSXH"), id, 0, content(Map.of("LOAN_BORROWERS", -1), null, List.of())).then().statusCode(400);
    }

    @Test
    void attachmentsArePdfsOfLimitedSize() {
        String id = start(department("TUPHAP"), periodId, "TUPHAP").then().statusCode(201).extract().path("id");
        String url = "/api/v1/report-submissions/" + id + "/attachments";
        given().auth().oauth2(department("TUPHAP")).contentType("image/png").body(pdf(100)).post(url)
                .then().statusCode(415).body("code", is("ATTACHMENT_NOT_PDF"));
        given().auth().oauth2(department("TUPHAP")).contentType("application/pdf").body("not a pdf at all".getBytes(StandardCharsets.UTF_8)).post(url)
                .then().statusCode(415).body("code", is("ATTACHMENT_NOT_PDF"));
        given().auth().oauth2(department("TUPHAP")).contentType("application/pdf").body(pdf(1_000_001)).post(url)
                .then().statusCode(413).body("code", is("ATTACHMENT_TOO_LARGE"));
        given().auth().oauth2(department("YTE")).contentType("application/pdf").body(pdf(100)).post(url).then().statusCode(404);
        byte[] file = pdf(2048);
        String attachment = given().auth().oauth2(department("TUPHAP")).contentType("application/pdf").queryParam("fileName", "../Báo cáo tư pháp.pdf")
                .body(file).post(url)
                .then().statusCode(201)
                .body("fileName", is("Báo cáo tư pháp.pdf"))
                .body("sizeBytes", is(2048))
                .body("sha256", notNullValue())
                .extract().path("id");
        byte[] back = given().auth().oauth2(Tokens.districtOfficer()).get(url + "/" + attachment)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(back).isEqualTo(file);
        given().auth().oauth2(department("TUPHAP")).get("/api/v1/report-submissions/" + id)
                .then().body("attachments", hasSize(1)).body("attachments[0].id", is(attachment));
        given().auth().oauth2(department("TUPHAP")).delete(url + "/" + attachment).then().statusCode(204);
        given().auth().oauth2(department("TUPHAP")).get(url + "/" + attachment).then().statusCode(404).body("code", is("ATTACHMENT_NOT_FOUND"));
    }

    @Test
    void remindersListUnitsThatHaveNotReportedAndALateHandInIsLate() {
        String past = given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON)
                .body(Map.of("kind", "AD_HOC", "year", 2024, "dueOn", "2024-03-15", "title", "Báo cáo đột xuất về thẻ BHYT",
                        "unitCodes", List.of("BHXH", "XA-29956", UNIT)))
                .post("/api/v1/report-periods").then().statusCode(201)
                .body("completeness.missing", is(3)).body("completeness.completenessPercent", is(0.0f))
                .extract().path("id");
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/report-periods/" + past + "/reminders")
                .then().statusCode(200).body("units.unitCode", hasItems("BHXH", "XA-29956", UNIT))
                .body("units.timeliness", everyItem(is("MISSING")))
                .body("units[0].daysOverdue", notNullValue());
        start(department("YTE"), past, "YTE").then().statusCode(422).body("code", is("UNIT_NOT_REQUESTED"));
        String id = start(commune(), past, UNIT).then().statusCode(201).extract().path("id");
        move(commune(), id, "SUBMIT", null).then().statusCode(200).body("timeliness", is("LATE"));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/report-periods/" + past)
                .then().statusCode(200)
                .body("completeness.submitted", is(1)).body("completeness.late", is(1)).body("completeness.missing", is(2))
                .body("completeness.completenessPercent", is(33.33f)).body("completeness.timelinessPercent", is(0.0f));
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/report-periods/" + past + "/reminders")
                .then().body("units.unitCode", not(hasItem(UNIT)));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("periodId", past).get("/api/v1/dashboard/submission-status")
                .then().statusCode(200).body("units", hasSize(3)).body("units.find { it.unitCode == '" + UNIT + "' }.timeliness", is("LATE"));
    }

    @Test
    void dashboardShowsRatesAndCoverageByCommuneAndCommuneStaffOnlyTheirOwn() {
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/dashboard/poverty-rates")
                .then().statusCode(200)
                .body("targetChangePp", is(-0.6f))
                .body("years", hasItem(YEAR))
                .body("district.areaCode", is("870"))
                .body("communes.find { it.areaCode == '" + COMMUNE + "' }.years.find { it.year == " + YEAR + " }.poor", is(1))
                .body("communes.find { it.areaCode == '" + COMMUNE + "' }.years.find { it.year == " + YEAR + " }.nearPoor", is(1))
                .body("communes.find { it.areaCode == '" + COMMUNE + "' }.years.find { it.year == " + YEAR + " }.provisional", is(false));
        given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).get("/api/v1/dashboard/poverty-rates")
                .then().statusCode(200).body("communes.areaCode", is(List.of(COMMUNE))).body("district.areaCode", is(COMMUNE));
        given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).queryParam("communeCode", "29956").get("/api/v1/dashboard/poverty-rates")
                .then().statusCode(200).body("communes", hasSize(0));
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/dashboard/coverage")
                .then().statusCode(200)
                .body("targetPercent", is(100.0f))
                .body("communes", hasSize(10))
                .body("communes.find { it.areaCode == '" + COMMUNE + "' }.loans.served", notNullValue())
                .body("district.areaName", is("Huyện Hồng Ngự"));
        int served = given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).get("/api/v1/dashboard/coverage")
                .then().statusCode(200).body("communes", hasSize(1)).extract().path("communes[0].loans.served");
        assertThat(served).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).get("/api/v1/dashboard/submission-status")
                .then().statusCode(200).body("units.unitCode", everyItem(is(UNIT)));
        given().auth().oauth2(Tokens.clientCredentials("social-bank", "partner-social-bank")).get("/api/v1/dashboard/coverage")
                .then().statusCode(403);
    }

    /** A byte array that starts like a PDF, of the given length. */
    static byte[] pdf(int length) {
        byte[] b = new byte[length];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, Math.min(head.length, length));
        for (int i = head.length; i < length; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return b;
    }

    static String pdfText(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                sb.append(extractor.getTextFromPage(i)).append('\n');
            }
            return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
