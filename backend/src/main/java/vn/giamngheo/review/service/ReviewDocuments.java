package vn.giamngheo.review.service;

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
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.giamngheo.common.document.Pdf;
import vn.giamngheo.common.document.Spreadsheet;
import vn.giamngheo.review.domain.PostingList;
import vn.giamngheo.review.domain.ReviewList;
import vn.giamngheo.review.persistence.ReviewRepository;

/**
 * The review's documents: the public posting list as PDF (A4, for the notice board) and XLSX, and the approved
 * lists as XLSX. The PDF embeds Noto Sans (bundled under {@code fonts/}, SIL OFL) so Vietnamese prints the same
 * on any server and any reader.
 */
public final class ReviewDocuments {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Rows handed to the PDF writer at a time, so a long table is not held whole in memory. */
    private static final int PDF_CHUNK = 200;

    private ReviewDocuments() {
    }

    /** e.g. niem-yet-29956-2024-02-29956-01: commune, year, month of a regular review, hamlet when asked for. */
    public static String postingListName(PostingList list) {
        return "niem-yet-" + list.communeCode() + "-" + list.year() + (list.month() == null ? "" : String.format("-%02d", list.month()))
                + (list.hamletCode() == null ? "" : "-" + list.hamletCode());
    }

    public static String approvedListName(ReviewList list, String communeCode) {
        return "danh-sach-" + list.name().toLowerCase(Locale.ROOT).replace('_', '-') + (communeCode == null ? "" : "-" + communeCode);
    }

    // ---- posting list, PDF

    public static void postingListPdf(PostingList list, OutputStream out) {
        LocalDate printedOn = ReviewService.today();
        BaseFont regular = Pdf.regular();
        BaseFont bold = Pdf.bold();
        Font body = new Font(regular, 10);
        Font strong = new Font(bold, 10);
        Document doc = new Document(PageSize.A4, 42, 36, 36, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Pdf.PageFooter(regular, text("Danh sách niêm yết công khai – " + list.communeName()
                    + (list.hamletName() == null ? "" : " – " + list.hamletName()) + " – in ngày " + DAY.format(printedOn))));
            doc.addTitle(text(list.title()));
            doc.addSubject(text(list.reviewName() + " – " + list.communeName()));
            doc.addCreator("Giảm Nghèo");
            doc.open();

            doc.add(letterhead(list, strong));
            doc.add(centered(list.title(), new Font(bold, 13), 14));
            doc.add(centered("(Niêm yết công khai)", strong, 0));
            doc.add(centered(list.reviewName() + " – " + list.communeName() + (list.hamletName() == null ? "" : ", " + list.hamletName()),
                    body, 0));
            Paragraph window = centered(postingWindow(list), body, 4);
            window.setSpacingAfter(10);
            doc.add(window);

            PdfPTable table = new PdfPTable(new float[] {6, 29, 16, 20, 29});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (String h : List.of("STT", "Họ và tên chủ hộ", "Mã hộ", "Diện hộ đầu kỳ", "Kết quả rà soát (đề xuất)")) {
                PdfPCell c = cell(h, strong, Element.ALIGN_CENTER);
                c.setBackgroundColor(HEADER_SHADE);
                table.addCell(c);
            }
            int n = 0;
            int pending = 0;
            for (Map.Entry<String, List<PostingList.Row>> group : list.byHamlet().entrySet()) {
                PdfPCell g = cell(group.getKey() + " (" + group.getValue().size() + " hộ)", strong, Element.ALIGN_LEFT);
                g.setColspan(5);
                table.addCell(g);
                for (PostingList.Row r : group.getValue()) {
                    table.addCell(cell(String.valueOf(++n), body, Element.ALIGN_CENTER));
                    table.addCell(cell(r.headName(), body, Element.ALIGN_LEFT));
                    table.addCell(cell(r.householdCode(), body, Element.ALIGN_LEFT));
                    table.addCell(cell(ReviewList.label(r.start()), body, Element.ALIGN_LEFT));
                    table.addCell(cell(ReviewList.label(r.proposed()), body, Element.ALIGN_LEFT));
                    if (++pending == PDF_CHUNK) {
                        doc.add(table);
                        pending = 0;
                    }
                }
            }
            if (n == 0) {
                PdfPCell none = cell("Không có hộ nào trong danh sách.", body, Element.ALIGN_CENTER);
                none.setColspan(5);
                table.addCell(none);
            }
            table.setComplete(true);
            doc.add(table);

            Paragraph total = new Paragraph(text(totals(list, n)), body);
            total.setSpacingBefore(8);
            doc.add(total);
            doc.add(new Paragraph(text("Trong thời gian niêm yết, người dân có ý kiến hoặc khiếu nại về danh sách xin gửi Ban Chỉ đạo "
                    + "rà soát " + inSentence(list.communeName()) + "."), body));
            doc.add(signature(body, strong));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The posting list could not be laid out", e);
        }
    }

    private static PdfPTable letterhead(PostingList list, Font strong) {
        PdfPTable t = new PdfPTable(new float[] {42, 58});
        t.setWidthPercentage(100);
        t.addCell(plain(new Phrase(text("ỦY BAN NHÂN DÂN\n" + list.communeName().toUpperCase(VIETNAMESE)), strong)));
        t.addCell(plain(new Phrase(text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc"), strong)));
        return t;
    }

    private static PdfPTable signature(Font body, Font strong) {
        PdfPTable t = new PdfPTable(new float[] {45, 55});
        t.setWidthPercentage(100);
        t.setSpacingBefore(14);
        t.addCell(plain(new Phrase("")));
        Phrase p = new Phrase(text("…………, ngày …… tháng …… năm ……\n"), body);
        p.add(new Phrase(text("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"), strong));
        t.addCell(plain(p));
        return t;
    }

    private static String postingWindow(PostingList list) {
        return list.postedFrom() == null ? "Thời gian niêm yết: từ ngày …/…/…… đến ngày …/…/……"
                : "Thời gian niêm yết: từ ngày " + DAY.format(list.postedFrom()) + " đến ngày " + DAY.format(list.postedTo());
    }

    private static String totals(PostingList list, int households) {
        Map<ReviewList, Long> c = list.counts();
        return "Tổng cộng: " + households + " hộ; trong đó hộ nghèo " + c.get(ReviewList.POOR) + ", hộ cận nghèo " + c.get(ReviewList.NEAR_POOR)
                + ", hộ thoát nghèo " + c.get(ReviewList.ESCAPED_POVERTY) + ", hộ thoát cận nghèo " + c.get(ReviewList.ESCAPED_NEAR_POVERTY) + ".";
    }

    // ---- posting list, XLSX

    public static void postingListXlsx(PostingList list, OutputStream out) {
        List<String> titles = new ArrayList<>(List.of(list.title(), "(Niêm yết công khai)",
                list.reviewName() + " – " + list.communeName() + (list.hamletName() == null ? "" : ", " + list.hamletName()),
                postingWindow(list)));
        Spreadsheet sheet = new Spreadsheet("Niêm yết", titles, List.of(new Spreadsheet.Column("STT", 6),
                new Spreadsheet.Column("Ấp/Khóm", 24), new Spreadsheet.Column("Mã hộ", 18), new Spreadsheet.Column("Họ và tên chủ hộ", 32),
                new Spreadsheet.Column("Diện hộ đầu kỳ", 24), new Spreadsheet.Column("Kết quả rà soát (đề xuất)", 28)));
        List<List<Object>> rows = new ArrayList<>(list.rows().size());
        int n = 0;
        for (PostingList.Row r : list.rows()) {
            rows.add(List.of(++n, r.hamletName(), r.householdCode(), r.headName(), ReviewList.label(r.start()), ReviewList.label(r.proposed())));
        }
        sheet.write(rows, out);
    }

    // ---- approved lists, XLSX

    /** The same columns as the CSV export, the decision date as a date cell. */
    public static void approvedListXlsx(ReviewList list, List<ReviewRepository.CaseOutcome> outcomes, OutputStream out) {
        Spreadsheet sheet = new Spreadsheet(name(list), List.of(), List.of(new Spreadsheet.Column("STT", 6),
                new Spreadsheet.Column("Mã xã", 8), new Spreadsheet.Column("Mã hộ", 18), new Spreadsheet.Column("Họ tên chủ hộ", 32),
                new Spreadsheet.Column("Ấp/Khóm", 24), new Spreadsheet.Column("Đầu kỳ", 24), new Spreadsheet.Column("Cuối kỳ", 24),
                new Spreadsheet.Column("Ngày quyết định", 16)));
        List<List<Object>> rows = new ArrayList<>(outcomes.size());
        int n = 0;
        for (ReviewRepository.CaseOutcome o : outcomes) {
            List<Object> row = new ArrayList<>(8);
            row.add(++n);
            row.add(o.communeCode());
            row.add(o.householdCode());
            row.add(o.headName());
            row.add(o.hamletName());
            row.add(ReviewList.label(o.start()));
            row.add(ReviewList.label(o.end()));
            row.add(o.decidedOn());
            rows.add(row);
        }
        sheet.write(rows, out);
    }

    private static String name(ReviewList list) {
        return switch (list) {
            case POOR -> "Hộ nghèo";
            case NEAR_POOR -> "Hộ cận nghèo";
            case ESCAPED_POVERTY -> "Hộ thoát nghèo";
            case ESCAPED_NEAR_POVERTY -> "Hộ thoát cận nghèo";
        };
    }

    // ---- helpers

    /** "Xã Thường Phước 1" as it reads inside a sentence: "xã Thường Phước 1". */
    private static String inSentence(String areaName) {
        return areaName.isEmpty() ? areaName : areaName.substring(0, 1).toLowerCase(VIETNAMESE) + areaName.substring(1);
    }
}
