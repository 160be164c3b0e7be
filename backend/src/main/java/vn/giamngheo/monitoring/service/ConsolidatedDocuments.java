package vn.giamngheo.monitoring.service;

import static vn.giamngheo.common.document.Pdf.HEADER_SHADE;
import static vn.giamngheo.common.document.Pdf.cell;
import static vn.giamngheo.common.document.Pdf.centered;
import static vn.giamngheo.common.document.Pdf.plain;
import static vn.giamngheo.common.document.Pdf.text;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.giamngheo.common.document.Pdf;
import vn.giamngheo.monitoring.api.UnitStatusDto;

/**
 * The consolidated district report as PDF (A4 landscape, Noto Sans embedded so Vietnamese prints the same anywhere,
 * as the review's documents do) and as XLSX (one sheet per table, numbers as numbers).
 */
public final class ConsolidatedDocuments {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ConsolidatedDocuments() {
    }

    /** e.g. bao-cao-tong-hop-2026-six-month */
    public static String fileName(ConsolidationService.Consolidated c, String kind) {
        return "bao-cao-tong-hop-" + c.year() + "-" + kind.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String timeliness(UnitStatusDto u) {
        return switch (u.timeliness()) {
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Trễ hạn " + u.daysOverdue() + " ngày";
            case MISSING -> "Chưa gửi (quá hạn " + u.daysOverdue() + " ngày)";
            case PENDING -> "Chưa gửi";
        };
    }

    static String state(UnitStatusDto u) {
        if (u.state() == null) {
            return "Chưa lập";
        }
        return switch (u.state()) {
            case DRAFT -> "Đang soạn";
            case SUBMITTED -> "Đã gửi";
            case RETURNED -> "Trả lại để chỉnh sửa";
            case RESUBMITTED -> "Đã gửi lại";
            case ACCEPTED -> "Đã chấp nhận";
        };
    }

    // ---- PDF

    public static void pdf(ConsolidationService.Consolidated c, OutputStream out) {
        BaseFont regular = Pdf.regular();
        BaseFont bold = Pdf.bold();
        Font body = new Font(regular, 9);
        Font strong = new Font(bold, 9);
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Pdf.PageFooter(regular, text("Báo cáo tổng hợp – " + c.title() + " – in ngày " + DAY.format(c.printedOn()))));
            doc.addTitle(text(c.title()));
            doc.addCreator("Giảm Nghèo");
            doc.open();

            PdfPTable head = new PdfPTable(new float[] {45, 55});
            head.setWidthPercentage(100);
            head.addCell(plain(new Phrase(text("ỦY BAN NHÂN DÂN HUYỆN HỒNG NGỰ\nPHÒNG LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI"), strong)));
            head.addCell(plain(new Phrase(text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc"), strong)));
            doc.add(head);
            doc.add(centered("BÁO CÁO TỔNG HỢP", new Font(bold, 13), 12));
            doc.add(centered(c.title(), strong, 2));
            doc.add(centered("Kỳ báo cáo: từ " + DAY.format(c.coversFrom()) + " đến " + DAY.format(c.coversTo()) + "; hạn gửi "
                    + DAY.format(c.dueOn()), body, 2));

            doc.add(heading("I. Tình hình nộp báo cáo", strong));
            var k = c.completeness();
            doc.add(new Paragraph(text("Số đơn vị phải báo cáo: " + k.expected() + "; đã gửi: " + k.submitted() + " (" + pct(k.completenessPercent())
                    + "), đúng hạn: " + k.onTime() + ", trễ hạn: " + k.late() + ", chưa gửi: " + (k.missing() + k.pending())
                    + "; đã được chấp nhận: " + k.accepted() + "."), body));
            PdfPTable units = table(new float[] {6, 44, 25, 25}, strong, List.of("STT", "Đơn vị", "Tình trạng", "Thời hạn"));
            int n = 0;
            for (UnitStatusDto u : c.units()) {
                units.addCell(cell(String.valueOf(++n), body, Element.ALIGN_CENTER));
                units.addCell(cell(u.unitName(), body, Element.ALIGN_LEFT));
                units.addCell(cell(state(u), body, Element.ALIGN_LEFT));
                units.addCell(cell(timeliness(u), body, Element.ALIGN_LEFT));
            }
            doc.add(units);

            doc.add(heading("II. Kết quả thực hiện theo xã, thị trấn", strong));
            doc.add(new Paragraph(text("Số liệu của xã đã được chấp nhận; xã chưa được chấp nhận lấy số liệu sổ hộ (" + c.registryBasis() + ")."), body));
            List<String> headers = new ArrayList<>(List.of("Xã, thị trấn"));
            ConsolidationService.COMMUNE_COLUMNS.forEach(code -> headers.add(c.columnNames().getOrDefault(code, code)));
            headers.add("Nguồn");
            float[] widths = new float[headers.size()];
            widths[0] = 16;
            for (int i = 1; i < widths.length - 1; i++) {
                widths[i] = 7.5f;
            }
            widths[widths.length - 1] = 9;
            PdfPTable communes = table(widths, new Font(bold, 7.5f), headers);
            Font small = new Font(regular, 8);
            for (ConsolidationService.CommuneRow r : c.communes()) {
                communeRow(communes, r, small, r.fromAcceptedReport() ? "Báo cáo xã" : "Sổ hộ");
            }
            communeRow(communes, c.district(), new Font(bold, 8), "");
            doc.add(communes);

            doc.add(heading("III. Kết quả hoạt động do các đơn vị báo cáo", strong));
            PdfPTable acts = table(new float[] {6, 64, 15, 15}, strong, List.of("STT", "Chỉ tiêu", "Tổng số", "Số đơn vị báo cáo"));
            n = 0;
            for (ConsolidationService.IndicatorTotal a : c.activities()) {
                acts.addCell(cell(String.valueOf(++n), body, Element.ALIGN_CENTER));
                acts.addCell(cell(a.nameVi(), body, Element.ALIGN_LEFT));
                acts.addCell(cell(number(a.total(), a.unit()), body, Element.ALIGN_RIGHT));
                acts.addCell(cell(String.valueOf(a.units()), body, Element.ALIGN_RIGHT));
            }
            doc.add(acts);

            doc.add(heading("IV. Kinh phí theo dự án và nguồn vốn (đồng)", strong));
            PdfPTable money = table(new float[] {8, 37, 25, 11, 11, 8}, strong, List.of("Dự án", "Tên dự án", "Nguồn vốn", "Được phân bổ",
                    "Đã giải ngân", "Tỷ lệ"));
            if (c.budget().isEmpty()) {
                PdfPCell none = cell("Chưa có số liệu kinh phí trong các báo cáo đã được chấp nhận.", body, Element.ALIGN_CENTER);
                none.setColspan(6);
                money.addCell(none);
            }
            for (ConsolidationService.BudgetTotal b : c.budget()) {
                money.addCell(cell(b.projectNumber(), body, Element.ALIGN_CENTER));
                money.addCell(cell(b.projectName(), body, Element.ALIGN_LEFT));
                money.addCell(cell(b.sourceName(), body, Element.ALIGN_LEFT));
                money.addCell(cell(vnd(b.allocatedVnd()), body, Element.ALIGN_RIGHT));
                money.addCell(cell(vnd(b.disbursedVnd()), body, Element.ALIGN_RIGHT));
                money.addCell(cell(b.disbursedPercent() == null ? "–" : pct(b.disbursedPercent()), body, Element.ALIGN_RIGHT));
            }
            doc.add(money);

            doc.add(heading("V. Khó khăn, vướng mắc và đề xuất của các đơn vị", strong));
            if (c.texts().isEmpty()) {
                doc.add(new Paragraph(text("Chưa có báo cáo nào được chấp nhận."), body));
            }
            for (ConsolidationService.UnitText t : c.texts()) {
                Paragraph unit = new Paragraph(text(t.unitName()), strong);
                unit.setSpacingBefore(4);
                doc.add(unit);
                labelled(doc, "Kết quả: ", t.results(), body, strong);
                labelled(doc, "Khó khăn, vướng mắc: ", t.difficulties(), body, strong);
                labelled(doc, "Đề xuất, kiến nghị: ", t.proposals(), body, strong);
            }

            PdfPTable sign = new PdfPTable(new float[] {50, 50});
            sign.setWidthPercentage(100);
            sign.setSpacingBefore(14);
            sign.addCell(plain(new Phrase(text("Nơi nhận:\n- UBND huyện;\n- Sở LĐ-TB&XH tỉnh Đồng Tháp;\n- Lưu: VT."), body)));
            Phrase p = new Phrase(text("Hồng Ngự, ngày …… tháng …… năm ……\n"), body);
            p.add(new Phrase(text("TRƯỞNG PHÒNG"), strong));
            sign.addCell(plain(p));
            doc.add(sign);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The consolidated report could not be laid out", e);
        }
    }

    private static void communeRow(PdfPTable t, ConsolidationService.CommuneRow r, Font font, String source) {
        t.addCell(cell(r.name(), font, Element.ALIGN_LEFT));
        for (String code : ConsolidationService.COMMUNE_COLUMNS) {
            t.addCell(cell(number(r.values().get(code), code.endsWith("_RATE") ? "PERCENT" : "COUNT"), font, Element.ALIGN_RIGHT));
        }
        t.addCell(cell(source, font, Element.ALIGN_LEFT));
    }

    private static void labelled(Document doc, String label, String value, Font body, Font strong) throws DocumentException {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph p = new Paragraph();
        p.add(new Phrase(text(label), strong));
        p.add(new Phrase(text(value), body));
        doc.add(p);
    }

    private static PdfPTable table(float[] widths, Font headerFont, List<String> headers) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(4);
        for (String h : headers) {
            PdfPCell c = cell(h, headerFont, Element.ALIGN_CENTER);
            c.setBackgroundColor(HEADER_SHADE);
            t.addCell(c);
        }
        return t;
    }

    private static Paragraph heading(String s, Font font) {
        Paragraph p = new Paragraph(text(s), font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(2);
        return p;
    }

    // ---- XLSX

    public static void xlsx(ConsolidationService.Consolidated c, OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle strong = wb.createCellStyle();
            var bold = wb.createFont();
            bold.setBold(true);
            strong.setFont(bold);

            Sheet communes = wb.createSheet("Theo xã");
            int r = titles(communes, strong, List.of("BÁO CÁO TỔNG HỢP – " + c.title(),
                    "Kỳ báo cáo: " + DAY.format(c.coversFrom()) + " – " + DAY.format(c.coversTo()) + "; hạn gửi " + DAY.format(c.dueOn()),
                    "Xã chưa được chấp nhận lấy số liệu sổ hộ (" + c.registryBasis() + ")"));
            List<Object> header = new ArrayList<>(List.of("Mã xã", "Xã, thị trấn"));
            ConsolidationService.COMMUNE_COLUMNS.forEach(code -> header.add(c.columnNames().getOrDefault(code, code)));
            header.add("Nguồn");
            row(communes, r++, header, strong);
            for (ConsolidationService.CommuneRow cr : c.communes()) {
                row(communes, r++, communeValues(cr, cr.fromAcceptedReport() ? "Báo cáo xã" : "Sổ hộ"), null);
            }
            row(communes, r, communeValues(c.district(), ""), strong);
            widths(communes, header.size(), 0, 10, 1, 28);

            Sheet units = wb.createSheet("Tình hình nộp");
            r = titles(units, strong, List.of("Tình hình nộp báo cáo – " + c.title()));
            row(units, r++, List.of("STT", "Mã đơn vị", "Đơn vị", "Tình trạng", "Thời hạn", "Số ngày quá hạn"), strong);
            int n = 0;
            for (UnitStatusDto u : c.units()) {
                row(units, r++, List.of(++n, u.unitCode(), u.unitName(), state(u), timeliness(u), u.daysOverdue()), null);
            }
            widths(units, 6, 2, 48, 3, 22);

            Sheet acts = wb.createSheet("Hoạt động");
            r = titles(acts, strong, List.of("Kết quả hoạt động do các đơn vị báo cáo (báo cáo đã được chấp nhận)"));
            row(acts, r++, List.of("Mã chỉ tiêu", "Chỉ tiêu", "Tổng số", "Số đơn vị báo cáo"), strong);
            for (ConsolidationService.IndicatorTotal a : c.activities()) {
                row(acts, r++, List.of(a.code(), a.nameVi(), a.total(), a.units()), null);
            }
            widths(acts, 4, 1, 70, 0, 24);

            Sheet money = wb.createSheet("Kinh phí");
            r = titles(money, strong, List.of("Kinh phí theo dự án và nguồn vốn (đồng)"));
            row(money, r++, List.of("Dự án", "Tên dự án", "Nguồn vốn", "Được phân bổ (đồng)", "Đã giải ngân (đồng)", "Tỷ lệ giải ngân (%)"), strong);
            for (ConsolidationService.BudgetTotal b : c.budget()) {
                List<Object> values = new ArrayList<>(List.of(b.projectNumber(), b.projectName(), b.sourceName(), b.allocatedVnd(), b.disbursedVnd()));
                values.add(b.disbursedPercent());
                row(money, r++, values, null);
            }
            widths(money, 6, 1, 60, 2, 40);

            Sheet texts = wb.createSheet("Khó khăn, đề xuất");
            r = titles(texts, strong, List.of("Khó khăn, vướng mắc và đề xuất của các đơn vị"));
            row(texts, r++, List.of("Đơn vị", "Kết quả", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"), strong);
            for (ConsolidationService.UnitText t : c.texts()) {
                row(texts, r++, java.util.Arrays.asList(t.unitName(), t.results(), t.difficulties(), t.proposals()), null);
            }
            widths(texts, 4, 0, 40, 1, 60);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> communeValues(ConsolidationService.CommuneRow cr, String source) {
        List<Object> v = new ArrayList<>(List.of(cr.communeCode(), cr.name()));
        for (String code : ConsolidationService.COMMUNE_COLUMNS) {
            v.add(cr.values().get(code));
        }
        v.add(source);
        return v;
    }

    private static int titles(Sheet sheet, CellStyle strong, List<String> lines) {
        int r = 0;
        for (String line : lines) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(text(line));
            cell.setCellStyle(strong);
        }
        return r + 1;
    }

    private static void row(Sheet sheet, int index, List<?> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number num) {
                cell.setCellValue(num.doubleValue());
            } else {
                cell.setCellValue(text(v.toString()));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static void widths(Sheet sheet, int columns, int wideColumn, int wide, int otherColumn, int other) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i == wideColumn ? wide : i == otherColumn ? other : 16) * 256);
        }
    }

    // ---- helpers

    private static String number(BigDecimal v, String unit) {
        if (v == null) {
            return "";
        }
        if ("PERCENT".equals(unit)) {
            return pct(v.doubleValue());
        }
        NumberFormat f = NumberFormat.getNumberInstance(VIETNAMESE);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    private static String vnd(long v) {
        return NumberFormat.getIntegerInstance(VIETNAMESE).format(v);
    }

    private static String pct(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(VIETNAMESE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v) + " %";
    }
}
