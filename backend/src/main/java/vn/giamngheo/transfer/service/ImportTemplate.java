package vn.giamngheo.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.transfer.domain.Column;
import vn.giamngheo.transfer.domain.TableRecords;

/**
 * The import template: an XLSX workbook whose first sheet has the Vietnamese headers, two example rows (one household
 * of two members) and drop-down lists on every coded column, a second sheet describing each column in English, and
 * a hidden sheet holding the code lists; and a CSV file with the same headers and example.
 */
@ApplicationScoped
public class ImportTemplate {
    /** Rows of the first sheet that get the drop-down lists (the header is row 1). */
    static final int VALIDATED_ROWS = 50_000;

    private static final List<List<String>> EXAMPLE = List.of(
            example("1", "Nguyễn Văn An", "12/04/1978", "MALE", "HEAD", "087078001234", "LOWER_SECONDARY", "SELF_EMPLOYED"),
            example("1", "Trần Thị Bích", "03/09/1981", "FEMALE", "SPOUSE", "087181004321", "PRIMARY", "SELF_EMPLOYED"));

    private static List<String> example(String ref, String name, String born, String sex, String relationship, String citizenId,
                                        String education, String employment) {
        return List.of(Column.values()).stream().map(c -> switch (c) {
            case HOUSEHOLD_REF -> ref;
            case COMMUNE_CODE -> "29956";
            case HAMLET_CODE -> "29956-01";
            case ADDRESS -> "Số 12, đường Nguyễn Huệ";
            case PHONE -> "0912345678";
            case INCOME -> "1400000";
            case FLOOR_AREA -> "36.5";
            case WALL -> "BRICK_STONE";
            case COLUMN -> "REINFORCED_CONCRETE";
            case ROOF -> "METAL_SHEET";
            case WATER -> "PIPED";
            case LATRINE -> "SEPTIC";
            case TELECOM -> "có";
            case DEVICES -> "TV,SMARTPHONE";
            case LOUDSPEAKER -> "có";
            case FULL_NAME -> name;
            case DATE_OF_BIRTH -> born;
            case SEX -> sex;
            case RELATIONSHIP -> relationship;
            case CITIZEN_ID -> citizenId;
            case ETHNICITY -> "KINH";
            case DISABILITY -> "NONE";
            case SCHOOL -> "NOT_APPLICABLE";
            case EDUCATION -> education;
            case EMPLOYMENT -> employment;
            case CONTRACT -> "NOT_APPLICABLE";
            case JOINED_ON -> "15/01/2015";
            default -> "";
        }).toList();
    }

    public void csv(OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write(TableRecords.csvLine(List.of(Column.values()).stream().map(c -> c.headerVi).toList()));
            w.write("\r\n");
            for (List<String> row : EXAMPLE) {
                w.write(TableRecords.csvLine(row));
                w.write("\r\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle strong = wb.createCellStyle();
            strong.setFont(bold);
            strong.setWrapText(true);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));

            Sheet data = wb.createSheet("Hộ và thành viên");
            Sheet about = wb.createSheet("Columns (English)");
            Sheet lists = wb.createSheet("Danh mục");
            Column[] columns = Column.values();

            Row header = data.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                var cell = header.createCell(i);
                cell.setCellValue(columns[i].headerVi);
                cell.setCellStyle(strong);
                data.setColumnWidth(i, Math.max(14, Math.min(40, columns[i].headerVi.length() + 4)) * 256);
                // every cell as text, so citizen ids keep their leading zeros and dates stay as typed
                data.setDefaultColumnStyle(i, text);
            }
            data.createFreezePane(0, 1);
            for (int r = 0; r < EXAMPLE.size(); r++) {
                Row row = data.createRow(r + 1);
                for (int i = 0; i < columns.length; i++) {
                    var cell = row.createCell(i);
                    cell.setCellStyle(text);
                    cell.setCellValue(EXAMPLE.get(r).get(i));
                }
            }

            Row aboutHeader = about.createRow(0);
            List<String> heads = List.of("Cột (tiếng Việt)", "Column (English header)", "Level", "Description", "Allowed values");
            for (int i = 0; i < heads.size(); i++) {
                var cell = aboutHeader.createCell(i);
                cell.setCellValue(heads.get(i));
                cell.setCellStyle(strong);
            }
            about.setColumnWidth(0, 40 * 256);
            about.setColumnWidth(1, 28 * 256);
            about.setColumnWidth(2, 12 * 256);
            about.setColumnWidth(3, 90 * 256);
            about.setColumnWidth(4, 90 * 256);
            for (int i = 0; i < columns.length; i++) {
                Row row = about.createRow(i + 1);
                row.createCell(0).setCellValue(columns[i].headerVi);
                row.createCell(1).setCellValue(columns[i].headerEn());
                row.createCell(2).setCellValue(columns[i].household ? "household" : "member");
                row.createCell(3).setCellValue(columns[i].description);
                row.createCell(4).setCellValue(String.join(", ", columns[i].codeValues()));
            }

            DataValidationHelper helper = data.getDataValidationHelper();
            int listColumn = 0;
            for (int i = 0; i < columns.length; i++) {
                List<String> values = switch (columns[i].kind) {
                    case CODE -> columns[i].codeValues();
                    case BOOLEAN -> List.of("có", "không");
                    default -> List.of();
                };
                if (values.isEmpty()) {
                    continue;
                }
                for (int v = 0; v < values.size(); v++) {
                    Row row = lists.getRow(v) != null ? lists.getRow(v) : lists.createRow(v);
                    row.createCell(listColumn).setCellValue(values.get(v));
                }
                String letter = CellReference.convertNumToColString(listColumn);
                DataValidationConstraint constraint = helper.createFormulaListConstraint(
                        "'Danh mục'!$" + letter + "$1:$" + letter + "$" + values.size());
                DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, VALIDATED_ROWS, i, i));
                validation.setShowErrorBox(true);
                validation.createErrorBox("Giá trị không hợp lệ", "Chọn một giá trị trong danh sách / pick a value from the list");
                data.addValidationData(validation);
                listColumn++;
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
