package vn.giamngheo.common.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table as an XLSX workbook: optional title lines, a bold header row that stays in view (frozen, repeated on
 * printed pages, with a filter), then the rows. Written with POI's streaming workbook, which keeps only a window
 * of rows in memory, so a district-wide list costs no more heap than a hamlet's.
 * Values are written as typed cells (never formulas), so a name starting with "=" stays text.
 */
public final class Spreadsheet {
    private static final int ROWS_IN_MEMORY = 200;

    /** A column: its header and its width in characters. */
    public record Column(String header, int width) {
    }

    private final String sheetName;
    private final List<String> titleLines;
    private final List<Column> columns;

    public Spreadsheet(String sheetName, List<String> titleLines, List<Column> columns) {
        this.sheetName = sheetName;
        this.titleLines = List.copyOf(titleLines);
        this.columns = List.copyOf(columns);
    }

    /** Writes the workbook; a row's values are strings, numbers, dates or null, one per column. */
    public void write(Iterable<? extends List<?>> rows, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
        wb.setCompressTempFiles(true);
        try (wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle strong = wb.createCellStyle();
            strong.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));

            SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            int r = 0;
            for (String line : titleLines) {
                Cell c = sheet.createRow(r++).createCell(0);
                c.setCellValue(text(line));
                c.setCellStyle(strong);
            }
            if (!titleLines.isEmpty()) {
                r++;
            }
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(text(columns.get(i).header()));
                c.setCellStyle(strong);
                sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns.size() - 1));
            sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow, 0, columns.size() - 1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(date);
                    } else {
                        c.setCellValue(text(v.toString()));
                    }
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    /** Composed form: names typed with combining accents would otherwise compare and display differently. */
    static String text(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
