package vn.giamngheo.review.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static vn.giamngheo.review.rest.ReviewJourney.assess;
import static vn.giamngheo.review.rest.ReviewJourney.meet;
import static vn.giamngheo.review.rest.ReviewJourney.proposedDecisions;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

/** The review's documents: the public posting list (PDF, XLSX) and the approved lists as spreadsheets. */
@QuarkusTest
class ReviewOutputsTest {
    private static final String COMMUNE = "29956";
    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final List<String> citizenIds = new ArrayList<>();

    @Test
    void theCommunePostsWhatItsMeetingsAgreedAsPdfAndSpreadsheet() throws IOException {
        String commune = Tokens.communeOfficer(COMMUNE);
        String cycleId = ReviewJourney.openRegular(2024, 2);
        Case poor = agreedCase(commune, cycleId, "29956-01", "Võ Thị Ánh Nguyệt", 1_200_000, true, "2024-02-20");
        Case nearPoor = agreedCase(commune, cycleId, "29956-01", "Dương Văn Lợi", 1_300_000, false, "2024-02-20");
        Case notPoor = agreedCase(commune, cycleId, "29956-01", "Châu Quốc Thịnh", 6_000_000, false, "2024-02-20");
        Case waiting = assessedCase(commune, cycleId, "29956-02", "Lâm Thị Hường", 1_200_000, true);
        String communeReviewId = ReviewJourney.communeReviewId(cycleId, COMMUNE);

        // before the posting: the agreed results, the window left to be filled in, nothing that still waits for its meeting
        String draft = pdfText(download(commune, communeReviewId, PDF, null));
        assertThat(draft).contains("DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO", "NĂM 2024", "XÃ THƯỜNG PHƯỚC 1",
                        "Kết quả rà soát thường xuyên tháng 2/2024", "từ ngày …/…/……", "Ấp 1 (2 hộ)",
                        poor.head, poor.code, nearPoor.head, "Không thuộc diện", "Hộ nghèo", "Hộ cận nghèo", "Trang 1/1")
                .doesNotContain(notPoor.head, waiting.head);

        meet(commune, cycleId, COMMUNE, "29956-02", "2024-02-20", 30, waiting.caseId, 20).statusCode(201);
        ReviewJourney.post(commune, communeReviewId, "2024-02-21", "2024-02-27").statusCode(200);

        Response pdf = download(commune, communeReviewId, PDF, null);
        pdf.then().header("Content-Disposition", is("attachment; filename=\"niem-yet-29956-2024-02.pdf\""));
        String posted = pdfText(pdf);
        assertThat(posted).contains("Thời gian niêm yết: từ ngày 21/02/2024 đến ngày 27/02/2024", "Ấp 2 (1 hộ)", waiting.head,
                "Tổng cộng: 3 hộ; trong đó hộ nghèo 2, hộ cận nghèo 1");
        assertNoCitizenId(posted);

        Response xlsx = download(commune, communeReviewId, XLSX, null);
        xlsx.then().header("Content-Disposition", is("attachment; filename=\"niem-yet-29956-2024-02.xlsx\""));
        List<List<String>> rows = cells(xlsx);
        assertThat(rows.get(0).get(0)).startsWith("DANH SÁCH HỘ NGHÈO");
        assertThat(rows).contains(List.of("1", "Ấp 1", nearPoor.code, nearPoor.head, "Không thuộc diện", "Hộ cận nghèo"),
                List.of("2", "Ấp 1", poor.code, poor.head, "Không thuộc diện", "Hộ nghèo"),
                List.of("3", "Ấp 2", waiting.code, waiting.head, "Không thuộc diện", "Hộ nghèo"));
        assertThat(rows.toString()).doesNotContain(notPoor.head);
        assertNoCitizenId(rows.toString());

        // one hamlet's notice
        List<List<String>> hamlet = cells(download(commune, communeReviewId, XLSX, "29956-02"));
        assertThat(hamlet.stream().filter(r -> r.size() == 6 && !r.get(0).equals("STT")).toList())
                .containsExactly(List.of("1", "Ấp 2", waiting.code, waiting.head, "Không thuộc diện", "Hộ nghèo"));

        // every download is an audited export
        given().auth().oauth2(Tokens.auditor()).queryParam("action", "POSTING_LIST_EXPORTED").queryParam("entityId", communeReviewId)
                .get("/api/v1/audit-events").then().statusCode(200)
                .body("items.size()", is(4)).body("items.kind", hasItem("EXPORT")).body("items.context.format", hasItem("XLSX"))
                .body("items.context.hamletCode", hasItem("29956-02")).body("items.actor", hasItem("xa." + COMMUNE));
    }

    @Test
    void theApprovedListsComeAsSpreadsheetsToo() throws IOException {
        String commune = Tokens.communeOfficer(COMMUNE);
        String cycleId = ReviewJourney.openRegular(2024, 3);
        Case poor = agreedCase(commune, cycleId, "29956-03", "Tạ Thị Thủy Tiên", 1_200_000, true, "2024-03-19");
        String communeReviewId = ReviewJourney.communeReviewId(cycleId, COMMUNE);
        ReviewJourney.post(commune, communeReviewId, "2024-03-20", "2024-03-26").statusCode(200);
        ReviewJourney.decide(commune, communeReviewId, "2024-03-27").statusCode(200);

        Response xlsx = given().auth().oauth2(commune).accept(XLSX).queryParam("communeCode", COMMUNE)
                .get("/api/v1/review-cycles/{id}/approved-lists/POOR", cycleId);
        xlsx.then().statusCode(200).contentType(XLSX).header("Content-Disposition", is("attachment; filename=\"danh-sach-poor-29956.xlsx\""));
        List<List<String>> rows = cells(xlsx);
        assertThat(rows.get(0)).containsExactly("STT", "Mã xã", "Mã hộ", "Họ tên chủ hộ", "Ấp/Khóm", "Đầu kỳ", "Cuối kỳ", "Ngày quyết định");
        assertThat(rows).contains(List.of("1", COMMUNE, poor.code, poor.head, "Ấp 3", "Không thuộc diện", "Hộ nghèo", "27/03/2024"));
        assertNoCitizenId(rows.toString());

        // the posting list of a decided commune is its final result
        assertThat(pdfText(download(commune, communeReviewId, PDF, null))).contains(poor.head, "Hộ nghèo");

        // CSV stays the default; other formats are refused with a problem
        given().auth().oauth2(commune).get("/api/v1/review-cycles/{id}/approved-lists/POOR", cycleId).then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", is("attachment; filename=\"danh-sach-poor.csv\""))
                .body(containsString(poor.head));
        given().auth().oauth2(commune).accept("application/json").get("/api/v1/review-cycles/{id}/approved-lists/POOR", cycleId)
                .then().statusCode(406).contentType("application/problem+json").body("code", is("NOT_ACCEPTABLE"));
    }

    @Test
    void thePostingListStaysInTheCallersCommuneAndFormats() {
        String cycleId = ReviewJourney.openRegular(2024, 4);
        String communeReviewId = ReviewJourney.communeReviewId(cycleId, COMMUNE);
        String path = "/api/v1/commune-reviews/{id}/posting-list";

        given().auth().oauth2(Tokens.communeOfficer("29971")).accept(PDF).get(path, communeReviewId).then().statusCode(404)
                .contentType("application/problem+json").body("code", is("NOT_FOUND"));
        given().auth().oauth2(Tokens.districtOfficer()).accept(PDF).get(path, UUID.randomUUID()).then().statusCode(404);
        given().get(path, communeReviewId).then().statusCode(401).contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));
        given().auth().oauth2(Tokens.departmentOfficer()).get(path, communeReviewId).then().statusCode(403);
        given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).accept("text/html").get(path, communeReviewId).then().statusCode(406)
                .contentType("application/problem+json").body("code", is("NOT_ACCEPTABLE")).body("status", is(406)).body("detail", is("The Accept header names no format this operation offers"));
        given().auth().oauth2(Tokens.communeOfficer(COMMUNE)).queryParam("hamletCode", "29971-01").get(path, communeReviewId)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].parameter", is("hamletCode"))
                .body("errors[0].code", is("UNKNOWN_HAMLET"));
        // the district sees every commune's list; an empty one is still a valid notice
        given().auth().oauth2(Tokens.districtOfficer()).get(path, communeReviewId).then().statusCode(200).contentType(PDF);
    }

    private record Case(String caseId, String code, String head) {
    }

    private Case assessedCase(String token, String cycleId, String hamlet, String head, int income, boolean poorHousing) {
        Map<String, Object> body = Fixtures.household(COMMUNE, head);
        body.put("hamletCode", hamlet);
        body.put("monthlyIncomePerCapitaVnd", income);
        if (poorHousing) {
            body.put("housing", Map.of("floorAreaM2", 18, "wallMaterial", "BAMBOO_LEAVES", "columnMaterial", "SOFTWOOD_PLANKS",
                    "roofMaterial", "BAMBOO_LEAVES", "waterSource", "SURFACE_WATER", "latrineType", "FISH_POND", "usesTelecom", true,
                    "devices", List.of("SMARTPHONE"), "hearsLoudspeaker", true));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.forEach(m -> citizenIds.add((String) m.get("citizenId")));
        Response registered = Fixtures.register(body);
        String householdId = registered.path("id");
        String opens = given().auth().oauth2(token).get("/api/v1/review-cycles/{id}", cycleId).path("opensOn");
        String caseId = ReviewJourney.apply(token, cycleId, householdId, opens);
        assess(token, cycleId, caseId, opens, income, proposedDecisions(householdId, opens)).statusCode(201);
        return new Case(caseId, registered.path("code"), head);
    }

    private Case agreedCase(String token, String cycleId, String hamlet, String head, int income, boolean poorHousing, String meetingOn) {
        Case c = assessedCase(token, cycleId, hamlet, head, income, poorHousing);
        meet(token, cycleId, COMMUNE, hamlet, meetingOn, 30, c.caseId, 20).statusCode(201);
        return c;
    }

    private static Response download(String token, String communeReviewId, String type, String hamletCode) {
        var request = given().auth().oauth2(token).accept(type);
        if (hamletCode != null) {
            request.queryParam("hamletCode", hamletCode);
        }
        Response r = request.get("/api/v1/commune-reviews/{id}/posting-list", communeReviewId);
        r.then().statusCode(200).contentType(type);
        return r;
    }

    private static String pdfText(Response pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf.asByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** Every non-empty row as text, numbers without decimals and dates as dd/MM/yyyy. */
    private static List<List<String>> cells(Response xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (Cell c : row) {
                    values.add(c.getCellType() == CellType.STRING ? c.getStringCellValue()
                            : DateUtil.isCellDateFormatted(c) ? DAY.format(c.getLocalDateTimeCellValue())
                            : String.valueOf((long) c.getNumericCellValue()));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private void assertNoCitizenId(String document) {
        assertThat(citizenIds).isNotEmpty();
        for (String id : citizenIds) {
            assertThat(document).doesNotContain(id);
        }
    }
}
