package vn.giamngheo.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowsTest {
    @TempDir
    Path dir;

    @Test
    void real_date_cells_read_as_iso_dates_whatever_their_display_format() throws IOException {
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet();
            CellStyle usShortDate = wb.createCellStyle();
            usShortDate.setDataFormat((short) 14);   // Excel's built-in "m/d/yy"
            CellStyle dayFirst = wb.createCellStyle();
            dayFirst.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(1970, 2, 1));
            row.getCell(0).setCellStyle(usShortDate);
            row.createCell(1).setCellValue(LocalDate.of(1970, 2, 1));
            row.getCell(1).setCellStyle(dayFirst);
            row.createCell(2).setCellValue("01/02/1970");
            row.createCell(3).setCellValue(1234567);
            wb.write(out);
        }
        try (XlsxRows rows = new XlsxRows(file.toFile())) {
            assertThat(rows.next().cells()).containsExactly("1970-02-01", "1970-02-01", "01/02/1970", "1234567");
            assertThat(rows.next()).isNull();
        }
    }
}
