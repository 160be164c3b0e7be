package vn.giamngheo.transfer.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Sql;
import vn.giamngheo.testing.Tokens;

/** Households, frozen statuses and file readers for the export tests. */
final class ExportFixtures {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportFixtures() {
    }

    /** A household whose housing and income make it poor under the 2022–2025 standard. */
    static Response poorHousehold(String communeCode, String head) {
        Map<String, Object> body = Fixtures.household(communeCode, head);
        body.put("monthlyIncomePerCapitaVnd", 1_000_000);
        body.put("housing", Map.of("floorAreaM2", 15, "wallMaterial", "BAMBOO_LEAVES", "roofMaterial", "BAMBOO_LEAVES",
                "waterSource", "SURFACE_WATER", "latrineType", "NONE", "usesTelecom", true, "devices", List.of("SMARTPHONE")));
        return Fixtures.register(body);
    }

    /** A frozen status of the cycle written as consolidation writes it (for households the test did not review through the API). */
    static void frozen(String householdId, String cycleId, String start, String end, String transition, String decidedOn, String escapedOn)
            throws SQLException {
        Sql.update("insert into household_status_record (id, household_id, cycle_id, year, commune_code, status_start, status_end, transition,"
                + " standard_code, decided_on, escaped_on, frozen_at) select gen_random_uuid(), h.id, '" + cycleId + "', 2025, h.commune_code, '"
                + start + "', '" + end + "', '" + transition + "', 'ND07_2021', date '" + decidedOn + "', "
                + (escapedOn == null ? "null" : "date '" + escapedOn + "'") + ", now() from household h where h.id = '" + householdId + "'");
    }

    /** Saves the household unchanged: the registry announces a change and its entitlements follow its frozen status. */
    static void announce(String householdId) {
        Response h = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .extract().response();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hamletCode", h.path("hamletCode"));
        body.put("address", h.path("address"));
        body.put("phone", h.path("phone"));
        body.put("monthlyIncomePerCapitaVnd", h.path("monthlyIncomePerCapitaVnd"));
        body.put("housing", h.path("housing"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).header("If-Match", h.header("ETag")).body(body)
                .put("/api/v1/households/{id}", householdId).then().statusCode(200);
    }

    /** One line of an NDJSON export. */
    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The data lines of a CSV export (after the byte-order mark and the header). */
    static List<String> csvRows(String csv) {
        List<String> lines = csv.lines().toList();
        return lines.subList(1, lines.size());
    }

    /** Every row of the first sheet as text, by column (empty cells as ""), numbers without decimals, dates as yyyy-MM-dd. */
    static List<List<String>> sheet(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    Cell c = row.getCell(i);
                    values.add(c == null ? "" : c.getCellType() == CellType.STRING ? c.getStringCellValue()
                            : DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                            : numeric(c.getNumericCellValue()));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private static String numeric(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
