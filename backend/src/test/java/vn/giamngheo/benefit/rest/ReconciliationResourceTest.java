package vn.giamngheo.benefit.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.review.rest.ReviewJourney;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/**
 * The reconciliation board against a scenario built here: two poor households of commune 29956 get their health-insurance
 * and loan entitlements, cards are issued by Social Insurance and by an office, one household leaves the poor list while its
 * cards and loan are still in force. The board's numbers are compared before and after, since other tests share the commune.
 */
@QuarkusTest
class ReconciliationResourceTest {
    private static final String COMMUNE = "29956";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String CARDS = "/api/v1/partner/social-insurance/card-issuances";

    // ---- scenario helpers

    /** A poor household of three in 29956, on the poor list since a few days ago (a frozen status of a 2030 cycle). */
    static String poorSince(String head, String cycleId, LocalDate decidedOn) throws SQLException {
        String householdId = EntitlementResourceTest.poorHousehold(head).path("id");
        // cycles of the API work on days of their own year, and tests keep to years no day of which is both in a cycle
        // and in the past: the record is written directly, then the household is touched so that its entitlements follow
        Fixtures.frozenStatus(householdId, cycleId, 2030, "NOT_POOR", "POOR", "NEWLY_POOR", decidedOn, null);
        Fixtures.announce(householdId);
        return householdId;
    }

    static JsonPath entitlements(String householdId) {
        return given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}/entitlements", householdId).then().statusCode(200)
                .extract().jsonPath();
    }

    static List<String> ids(String householdId, String programCode) {
        return entitlements(householdId).getList("items.findAll { it.programCode == '" + programCode + "' }.id");
    }

    static JsonPath coverage(String token, String programCode, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get("/api/v1/benefit-programs/{code}/coverage", programCode).then()
                .statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** The counts of one commune's row (or the total's, for null). */
    static Map<String, Object> counts(JsonPath c, String communeCode) {
        Map<String, Object> row = communeCode == null ? c.getMap("total") : c.getMap("communes.find { it.communeCode == '" + communeCode + "' }");
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : List.of("entitled", "requested", "denominator", "fulfilled", "unfulfilled", "noLongerEntitled")) {
            out.put(k, ((Number) row.get(k)).longValue());
        }
        return out;
    }

    static Map<String, Object> plus(Map<String, Object> before, long entitled, long requested, long denominator, long fulfilled,
                                    long unfulfilled, long noLonger) {
        long[] d = {entitled, requested, denominator, fulfilled, unfulfilled, noLonger};
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Object> e : before.entrySet()) {
            out.put(e.getKey(), (Long) e.getValue() + d[i++]);
        }
        return out;
    }

    static Map<String, Object> card(String entitlementId, String number, LocalDate from, LocalDate to) {
        return Map.of("entitlementId", entitlementId, "cardNumber", number, "validFrom", from.toString(), "validTo", to.toString(),
                "supportRatePercent", 100);
    }

    static JsonPath findings(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).queryParam("size", 100).get("/api/v1/reconciliation").then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    /** One field of every finding, page after page. */
    static List<String> allFindings(String token, Map<String, ?> query, String field) {
        List<String> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath p = given().auth().oauth2(token).queryParams(query).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/reconciliation").then().statusCode(200).extract().jsonPath();
            out.addAll(p.getList("items." + field, String.class));
            if (page + 1 >= p.getInt("totalPages")) {
                return out;
            }
        }
    }

    static String card(int serial) {
        return String.format("HN48787%08d", serial);
    }

    // ---- tests

    @Test
    void cardsLoansAndAHouseholdLeavingThePoorListMoveTheBoard() throws Exception {
        String district = Tokens.districtOfficer();
        String commune = Tokens.communeOfficer(COMMUNE);
        Map<String, Object> hi0 = counts(coverage(district, "HEALTH_INSURANCE", Map.of()), COMMUNE);
        Map<String, Object> hiTotal0 = counts(coverage(district, "HEALTH_INSURANCE", Map.of()), null);
        Map<String, Object> loan0 = counts(coverage(district, "LOAN_POOR", Map.of()), COMMUNE);

        String cycle = ReviewJourney.openRegular(2030, 9);
        String leaving = poorSince("Tạ Văn Một", cycle, TODAY.minusDays(20));
        String staying = poorSince("Tạ Văn Hai", cycle, TODAY.minusDays(20));
        List<String> leavingCards = ids(leaving, "HEALTH_INSURANCE");
        List<String> stayingCards = ids(staying, "HEALTH_INSURANCE");
        assertThat(leavingCards).hasSize(3);
        assertThat(stayingCards).hasSize(3);

        JsonPath hi = coverage(district, "HEALTH_INSURANCE", Map.of());
        assertThat(counts(hi, COMMUNE)).isEqualTo(plus(hi0, 6, 0, 6, 0, 6, 0));
        assertThat(counts(hi, null)).isEqualTo(plus(hiTotal0, 6, 0, 6, 0, 6, 0));
        // no one asked for a loan yet: entitled, but not counted against the target
        assertThat(counts(coverage(district, "LOAN_POOR", Map.of()), COMMUNE)).isEqualTo(plus(loan0, 2, 0, 0, 0, 0, 0));

        // Social Insurance issues two cards of the leaving household and one of the staying household that ran out yesterday
        int serial = (int) (System.nanoTime() % 10_000_000);
        LocalDate yearStart = TODAY.withDayOfYear(1);
        LocalDate yearEnd = TODAY.withMonth(12).withDayOfMonth(31);
        given().auth().oauth2(Tokens.socialInsurance()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("items", List.of(card(leavingCards.get(0), card(serial), yearStart, yearEnd),
                        card(leavingCards.get(1), card(serial + 1), yearStart, yearEnd),
                        card(stayingCards.get(1), card(serial + 2), TODAY.minusDays(30), TODAY.minusDays(1)))))
                .post(CARDS).then().statusCode(200).body("applied", is(3));
        // an office records the card of another member by hand
        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("step", "FULFILLED", "occurredOn", TODAY.toString(), "cardNumber", card(serial + 3),
                        "cardValidFrom", yearStart.toString(), "cardValidTo", yearEnd.toString()))
                .post("/api/v1/entitlements/{id}/events", stayingCards.get(0)).then().statusCode(200).body("state", is("FULFILLED"));
        // the leaving household borrowed; the staying household asked
        String leavingLoan = ids(leaving, "LOAN_POOR").get(0);
        String stayingLoan = ids(staying, "LOAN_POOR").get(0);
        given().auth().oauth2(commune).contentType(ContentType.JSON)
                .body(Map.of("step", "FULFILLED", "occurredOn", TODAY.toString(), "amountVnd", 30_000_000))
                .post("/api/v1/entitlements/{id}/events", leavingLoan).then().statusCode(200);
        given().auth().oauth2(commune).contentType(ContentType.JSON).body(Map.of("step", "REQUESTED", "occurredOn", TODAY.toString()))
                .post("/api/v1/entitlements/{id}/events", stayingLoan).then().statusCode(200);

        // three cards valid today; the card that ran out leaves its holder uncovered
        assertThat(counts(coverage(district, "HEALTH_INSURANCE", Map.of()), COMMUNE)).isEqualTo(plus(hi0, 6, 4, 6, 3, 3, 0));
        assertThat(counts(coverage(district, "LOAN_POOR", Map.of()), COMMUNE)).isEqualTo(plus(loan0, 2, 2, 2, 1, 1, 0));

        // the leaving household's income grew: off the poor list
        String cycle2 = ReviewJourney.openRegular(2030, 10);
        Fixtures.frozenStatus(leaving, cycle2, 2030, "POOR", "NOT_POOR", "ESCAPED_POVERTY", TODAY.minusDays(2), null);
        Fixtures.announce(leaving);
        assertThat(entitlements(leaving).getList("items.state", String.class)).containsOnly("EXPIRED");

        JsonPath after = coverage(district, "HEALTH_INSURANCE", Map.of());
        assertThat(counts(after, COMMUNE)).isEqualTo(plus(hi0, 3, 2, 3, 1, 2, 2));
        assertThat(counts(coverage(district, "LOAN_POOR", Map.of()), COMMUNE)).isEqualTo(plus(loan0, 1, 1, 1, 0, 1, 1));

        // the list holds exactly these entitlements, and its totals are the board's counts
        JsonPath noLonger = findings(commune, Map.of("programCode", "HEALTH_INSURANCE", "finding", "NO_LONGER_ENTITLED"));
        assertThat(allFindings(commune, Map.of("programCode", "HEALTH_INSURANCE", "finding", "NO_LONGER_ENTITLED"), "entitlementId"))
                .contains(leavingCards.get(0), leavingCards.get(1))
                .doesNotContain(leavingCards.get(2));
        assertThat(noLonger.getLong("totalItems")).isEqualTo(counts(after, COMMUNE).get("noLongerEntitled"));
        Map<String, Object> item = noLonger.getMap("items.find { it.entitlementId == '" + leavingCards.get(0) + "' }");
        assertThat(item).containsEntry("finding", "NO_LONGER_ENTITLED").containsEntry("state", "EXPIRED").containsEntry("householdId", leaving)
                .containsEntry("communeCode", COMMUNE).containsEntry("cardValidTo", yearEnd.toString())
                .containsEntry("fulfilledOn", TODAY.toString()).containsEntry("endedOn", TODAY.toString());
        assertThat((String) item.get("fullName")).isNotBlank();
        assertThat((String) item.get("endReason")).contains("NOT_POOR");
        assertThat(item).doesNotContainKeys("citizenId", "cardNumber");

        JsonPath unfulfilled = findings(district, Map.of("programCode", "HEALTH_INSURANCE", "communeCode", COMMUNE, "finding", "UNFULFILLED"));
        assertThat(allFindings(district, Map.of("programCode", "HEALTH_INSURANCE", "communeCode", COMMUNE, "finding", "UNFULFILLED"),
                "entitlementId")).contains(stayingCards.get(1), stayingCards.get(2))
                .doesNotContain(stayingCards.get(0), leavingCards.get(2));
        assertThat(unfulfilled.getLong("totalItems")).isEqualTo(counts(after, COMMUNE).get("unfulfilled"));
        assertThat(unfulfilled.getList("items.finding", String.class)).containsOnly("UNFULFILLED");

        assertThat(allFindings(district, Map.of("programCode", "LOAN_POOR", "communeCode", COMMUNE, "finding", "NO_LONGER_ENTITLED"),
                "entitlementId")).contains(leavingLoan).doesNotContain(stayingLoan);
        assertThat(allFindings(district, Map.of("programCode", "LOAN_POOR", "communeCode", COMMUNE, "finding", "UNFULFILLED"),
                "entitlementId")).contains(stayingLoan).doesNotContain(leavingLoan);
        // all programs at once: the same findings, each with its own program
        assertThat(allFindings(district, Map.of("communeCode", COMMUNE, "finding", "NO_LONGER_ENTITLED"), "entitlementId")).contains(leavingCards.get(0), leavingCards.get(1), leavingLoan);

        // the board's reads of names are audited
        given().auth().oauth2(Tokens.auditor()).queryParam("action", "RECONCILIATION_READ").queryParam("size", 5).get("/api/v1/audit-events")
                .then().statusCode(200).body("items[0].kind", is("READ")).body("items[0].context.filters.communeCode", is(COMMUNE));
    }

    @Test
    void communeStaffSeeOnlyTheirCommuneAndTheOthersEveryCommune() throws Exception {
        String cycle = ReviewJourney.openRegular(2030, 11);
        String householdId = poorSince("Tạ Văn Ba", cycle, TODAY.minusDays(10));
        String someCard = ids(householdId, "HEALTH_INSURANCE").get(0);

        for (String token : List.of(Tokens.districtOfficer(), Tokens.auditor(), Tokens.departmentOfficer())) {
            JsonPath all = coverage(token, "HEALTH_INSURANCE", Map.of());
            assertThat(all.getList("communes.communeCode", String.class)).hasSize(10).contains(COMMUNE, "29971");
            assertThat(all.getString("programCode")).isEqualTo("HEALTH_INSURANCE");
            assertThat(all.getString("programKind")).isEqualTo("HEALTH_INSURANCE");
            assertThat(all.getString("basis")).isEqualTo("ALL_ENTITLED");
            assertThat(all.getDouble("targetPercent")).isEqualTo(100.0);
            assertThat(all.getString("asOf")).isEqualTo(TODAY.toString());
            assertThat(all.getString("total.communeName")).isEqualTo("Tổng");
            long sum = all.getList("communes.entitled", Integer.class).stream().mapToLong(Integer::longValue).sum();
            assertThat(all.getLong("total.entitled")).isEqualTo(sum).isPositive();
        }
        JsonPath own = coverage(Tokens.communeOfficer("29971"), "HEALTH_INSURANCE", Map.of());
        assertThat(own.getList("communes.communeCode", String.class)).containsExactly("29971");
        assertThat(own.getMap("total")).containsEntry("communeCode", null);
        // a commune the caller does not see has no row, zeros in total
        JsonPath other = coverage(Tokens.communeOfficer("29971"), "HEALTH_INSURANCE", Map.of("communeCode", COMMUNE));
        assertThat(other.getList("communes")).isEmpty();
        assertThat(other.getInt("total.entitled")).isZero();
        assertThat(other.get("total.coveragePercent") == null).isTrue();
        JsonPath one = coverage(Tokens.districtOfficer(), "HEALTH_INSURANCE", Map.of("communeCode", COMMUNE));
        assertThat(one.getList("communes.communeCode", String.class)).containsExactly(COMMUNE);
        assertThat(one.getString("communes[0].communeName")).isEqualTo("Xã Thường Phước 1");

        // a commune with no entitlements of a program still appears, with zeros and no percentage
        JsonPath training = coverage(Tokens.districtOfficer(), "LEGAL_AID", Map.of());
        assertThat(training.getList("communes")).hasSize(10);
        assertThat(training.getList("communes.entitled", Integer.class)).containsOnly(0);
        assertThat(training.getList("communes.coveragePercent")).containsOnlyNulls();
        assertThat(training.getList("communes.meetsTarget")).containsOnlyNulls();
        assertThat(coverage(Tokens.districtOfficer(), "LOAN_ESCAPED", Map.of()).getString("basis")).isEqualTo("REQUESTED");
        assertThat(coverage(Tokens.districtOfficer(), "TUITION", Map.of()).get("targetPercent") == null).isTrue();

        // personal rows: the commune's own staff and the district, never another commune, never a department
        assertThat(allFindings(Tokens.communeOfficer(COMMUNE), Map.of("programCode", "HEALTH_INSURANCE"), "entitlementId")).contains(someCard);
        assertThat(allFindings(Tokens.communeOfficer("29971"), Map.of("programCode", "HEALTH_INSURANCE"), "communeCode")).allMatch("29971"::equals);
        assertThat(allFindings(Tokens.communeOfficer("29971"), Map.of("programCode", "HEALTH_INSURANCE"), "entitlementId")).doesNotContain(someCard);
        assertThat(findings(Tokens.communeOfficer("29971"), Map.of("communeCode", COMMUNE)).getList("items")).isEmpty();
        assertThat(findings(Tokens.departmentOfficer(), Map.of()).getList("items")).isEmpty();

        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/benefit-programs/{code}/coverage", "NOPE").then().statusCode(404)
                .contentType("application/problem+json").body("code", is("PROGRAM_NOT_FOUND"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("communeCode", "abc").get("/api/v1/benefit-programs/HEALTH_INSURANCE/coverage")
                .then().statusCode(400).body("errors[0].parameter", is("communeCode"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("programCode", "NOPE").get("/api/v1/reconciliation").then().statusCode(400)
                .body("errors[0].code", is("UNKNOWN_PROGRAM"));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("finding", "SOMETHING").get("/api/v1/reconciliation").then().statusCode(400);
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("size", 101).get("/api/v1/reconciliation").then().statusCode(400);
        given().auth().oauth2(Tokens.socialInsurance()).get("/api/v1/reconciliation").then().statusCode(403);
        given().get("/api/v1/benefit-programs/HEALTH_INSURANCE/coverage").then().statusCode(401);
        given().auth().oauth2(Tokens.districtOfficer()).accept("application/pdf").get("/api/v1/reconciliation").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void theBoardDownloadsAsRealWorkbooksAndCsvAuditedAsExports() throws Exception {
        String cycle = ReviewJourney.openRegular(2030, 12);
        String householdId = poorSince("Tạ Văn Bốn", cycle, TODAY.minusDays(10));
        List<String> cards = ids(householdId, "HEALTH_INSURANCE");
        String district = Tokens.districtOfficer();

        JsonPath json = coverage(district, "HEALTH_INSURANCE", Map.of());
        Response xlsx = given().auth().oauth2(district).accept(XLSX).get("/api/v1/benefit-programs/HEALTH_INSURANCE/coverage").then()
                .statusCode(200).contentType(XLSX).extract().response();
        assertThat(xlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"bao-phu-health-insurance-" + TODAY + ".xlsx\"");
        List<List<String>> sheet = rows(xlsx.asByteArray());
        int header = headerRow(sheet, "Mã xã");
        assertThat(sheet.get(header)).containsExactly("Mã xã", "Xã/Thị trấn", "Được hưởng", "Có đề nghị", "Mẫu số", "Đã thực hiện",
                "Chưa thực hiện", "Không còn được hưởng", "Tỷ lệ bao phủ (%)", "Đạt chỉ tiêu");
        List<List<String>> body = sheet.subList(header + 1, sheet.size());
        assertThat(body).hasSize(11);
        assertThat(body.get(10).get(1)).isEqualTo("Tổng");
        for (int i = 0; i < 10; i++) {
            List<String> r = body.get(i);
            String code = r.get(0);
            assertThat(r.get(1)).isEqualTo(json.getString("communes.find { it.communeCode == '" + code + "' }.communeName"));
            assertThat(Long.parseLong(r.get(2))).isEqualTo(json.getLong("communes.find { it.communeCode == '" + code + "' }.entitled"));
            assertThat(Long.parseLong(r.get(6))).isEqualTo(json.getLong("communes.find { it.communeCode == '" + code + "' }.unfulfilled"));
        }
        assertThat(Long.parseLong(body.get(10).get(2))).isEqualTo(json.getLong("total.entitled"));

        Map<String, String> query = Map.of("programCode", "HEALTH_INSURANCE", "communeCode", COMMUNE, "finding", "UNFULFILLED");
        long total = findings(district, query).getLong("totalItems");
        Response findingsXlsx = given().auth().oauth2(district).accept(XLSX).queryParams(query).queryParam("size", 1).get("/api/v1/reconciliation")
                .then().statusCode(200).contentType(XLSX).extract().response();
        assertThat(findingsXlsx.header("Content-Disposition")).isEqualTo("attachment; filename=\"doi-soat-health-insurance-29956.xlsx\"");
        List<List<String>> rows = rows(findingsXlsx.asByteArray());
        assertThat(rows.get(0)).startsWith("STT", "Phát hiện", "Chương trình", "Quy tắc", "Mã xã", "Mã hộ", "Họ và tên");
        // every matching row, not one page
        assertThat(rows).hasSize((int) total + 1);
        String code = given().auth().oauth2(district).get("/api/v1/households/{id}", householdId).then().extract().path("code");
        assertThat(rows.stream().filter(r -> r.size() > 5 && r.get(5).equals(code)).toList()).hasSize(cards.size())
                .allSatisfy(r -> assertThat(r).contains("Chưa được thực hiện", "HEALTH_INSURANCE", "HI_POOR", COMMUNE, "Đủ điều kiện"));

        Response csv = given().auth().oauth2(district).accept("text/csv").queryParams(query).get("/api/v1/reconciliation").then()
                .statusCode(200).contentType("text/csv").extract().response();
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSTT,Phát hiện,Chương trình");
        assertThat(text.split("\r\n")).hasSize((int) total + 1);
        assertThat(text).contains(code);

        given().auth().oauth2(Tokens.auditor()).queryParam("kind", "EXPORT").queryParam("action", "COVERAGE_EXPORTED").queryParam("size", 1)
                .get("/api/v1/audit-events").then().statusCode(200).body("items[0].entityId", is("HEALTH_INSURANCE"))
                .body("items[0].actor", is("huyen.lan"));
        given().auth().oauth2(Tokens.auditor()).queryParam("kind", "EXPORT").queryParam("action", "RECONCILIATION_EXPORTED").queryParam("size", 2)
                .get("/api/v1/audit-events").then().statusCode(200).body("items", hasSize(2))
                .body("items.context.returned", everyItem(is((int) total))).body("items.communeCode", everyItem(is(COMMUNE)));
    }

    /** Cell texts row by row, as a reader sees them. */
    static List<List<String>> rows(byte[] workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter format = new DataFormatter();
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> out = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
                }
                out.add(cells);
            }
            return out;
        }
    }

    static int headerRow(List<List<String>> sheet, String first) {
        for (int i = 0; i < sheet.size(); i++) {
            if (!sheet.get(i).isEmpty() && sheet.get(i).get(0).equals(first)) {
                return i;
            }
        }
        throw new AssertionError("no header row starting with " + first);
    }
}
