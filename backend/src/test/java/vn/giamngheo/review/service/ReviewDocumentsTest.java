package vn.giamngheo.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.review.domain.PostingList;
import vn.giamngheo.review.domain.ReviewKind;
import vn.giamngheo.review.domain.ReviewList;
import vn.giamngheo.review.persistence.ReviewRepository;

class ReviewDocumentsTest {
    /** Typed with combining accents, as some keyboards and imports deliver names. */
    private static final String DECOMPOSED = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);

    @Test
    void thePdfIsAnA4NoticeWithVietnameseTextAndPageNumbers() throws IOException {
        PostingList list = list(450, LocalDate.of(2024, 2, 21), LocalDate.of(2024, 2, 27));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewDocuments.postingListPdf(list, out);

        PdfReader pdf = new PdfReader(out.toByteArray());
        int pages = pdf.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        assertThat(pdf.getPageSize(1).getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        PdfTextExtractor text = new PdfTextExtractor(pdf);
        String first = text.getTextFromPage(1);
        assertThat(first).contains("DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO", "NĂM 2024", "(Niêm yết công khai)", "XÃ THƯỜNG PHƯỚC 1",
                "Thời gian niêm yết: từ ngày 21/02/2024 đến ngày 27/02/2024", "Ấp 1 (150 hộ)", "Nguyễn Thị Ánh Tuyết 1", "Trang 1/" + pages);
        assertThat(text.getTextFromPage(2)).contains("Họ và tên chủ hộ", "Trang 2/" + pages);
        assertThat(text.getTextFromPage(pages)).contains("Tổng cộng: 450 hộ", "CHỦ TỊCH");
    }

    @Test
    void anUnpostedListLeavesTheWindowToBeFilledIn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewDocuments.postingListPdf(list(0, null, null), out);
        String text = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        assertThat(text).contains("từ ngày …/…/……", "Không có hộ nào", "Tổng cộng: 0 hộ");
    }

    @Test
    void theSpreadsheetHasAFrozenBoldHeaderAndOneRowPerHousehold() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewDocuments.postingListXlsx(list(450, null, null), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("Niêm yết");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("DANH SÁCH HỘ NGHÈO");
            int header = 5;
            assertThat(sheet.getRow(header).getCell(3).getStringCellValue()).isEqualTo("Họ và tên chủ hộ");
            assertThat(wb.getFontAt(sheet.getRow(header).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sheet.getLastRowNum()).isEqualTo(header + 450);
            assertThat(sheet.getRow(header + 1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(header + 1).getCell(3).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh Tuyết 1");
            assertThat(sheet.getColumnWidth(3)).isEqualTo(32 * 256);
        }
    }

    @Test
    void anApprovedListSpreadsheetKeepsNamesAsTextAndDatesAsDates() throws IOException {
        List<ReviewRepository.CaseOutcome> rows = List.of(
                new ReviewRepository.CaseOutcome("29956", UUID.randomUUID(), "29956-000001", "=HYPERLINK(\"x\")", "Ấp 1",
                        PovertyStatus.NOT_POOR, PovertyStatus.POOR, true, LocalDate.of(2024, 2, 28)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewDocuments.approvedListXlsx(ReviewList.POOR, rows, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("Hộ nghèo");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Ngày quyết định");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Hộ nghèo");
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(7))).isTrue();
            assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 28));
        }
    }

    @Test
    void fileNamesSayWhatAndWhere() {
        assertThat(ReviewDocuments.postingListName(list(0, null, null))).isEqualTo("niem-yet-29956-2024-02");
        assertThat(ReviewDocuments.approvedListName(ReviewList.ESCAPED_NEAR_POVERTY, "29956")).isEqualTo("danh-sach-escaped-near-poverty-29956");
    }

    private static PostingList list(int households, LocalDate from, LocalDate to) {
        List<PostingList.Row> rows = new ArrayList<>();
        for (int i = 1; i <= households; i++) {
            rows.add(new PostingList.Row("Ấp " + (1 + (i - 1) * 3 / households), String.format("29956-%06d", i), DECOMPOSED + " " + i,
                    PovertyStatus.NOT_POOR, i % 2 == 0 ? PovertyStatus.POOR : PovertyStatus.NEAR_POOR));
        }
        return new PostingList("29956", "Xã Thường Phước 1", ReviewKind.REGULAR, 2024, 2, null, null, from, to, rows);
    }
}
