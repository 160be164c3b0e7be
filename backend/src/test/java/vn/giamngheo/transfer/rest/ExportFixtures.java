package vn.giamngheo.transfer.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.testing.Fixtures;

/** Households and file readers for the export tests (frozen statuses: {@link Fixtures#frozenStatus}). */
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
