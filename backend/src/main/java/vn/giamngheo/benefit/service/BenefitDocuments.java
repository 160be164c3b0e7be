package vn.giamngheo.benefit.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.giamngheo.benefit.api.CommuneCoverage;
import vn.giamngheo.benefit.api.ProgramCoverage;
import vn.giamngheo.benefit.api.ReconciliationItem;
import vn.giamngheo.benefit.domain.Coverage;
import vn.giamngheo.benefit.domain.ReconciliationFinding;
import vn.giamngheo.benefit.domain.CoverageBasis;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.domain.RepaymentStatus;
import vn.giamngheo.common.document.Spreadsheet;

/** The reconciliation board's downloads, with Vietnamese headers: coverage per commune (XLSX), findings (XLSX, CSV). */
public final class BenefitDocuments {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final List<String> FINDING_HEADERS = List.of("STT", "Phát hiện", "Chương trình", "Quy tắc", "Mã xã", "Mã hộ", "Họ và tên",
            "Trạng thái", "Hưởng từ", "Hưởng đến", "Ngày thực hiện", "Ngày kết thúc", "Lý do kết thúc", "Thẻ BHYT hết hạn", "Tình trạng trả nợ");

    private BenefitDocuments() {
    }

    public static String coverageName(ProgramCoverage c) {
        return "bao-phu-" + c.programCode().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + c.asOf();
    }

    public static String findingsName(String programCode, String communeCode) {
        return "doi-soat" + (programCode == null ? "" : "-" + programCode.toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                + (communeCode == null ? "" : "-" + communeCode);
    }

    /** One row per commune, then the total; percentages as numbers, blank when there is no denominator. */
    public static void coverageXlsx(ProgramCoverage c, OutputStream out) {
        List<String> titles = List.of("Độ bao phủ: " + c.programName(), "Ngày " + c.asOf().format(DAY) + " – mẫu số: "
                + (c.basis() == CoverageBasis.ALL_ENTITLED ? "mọi người được hưởng" : "người được hưởng có đề nghị")
                + (c.targetPercent() == null ? "" : " – chỉ tiêu " + c.targetPercent().stripTrailingZeros().toPlainString() + " %"));
        Spreadsheet sheet = new Spreadsheet("Độ bao phủ", titles, List.of(new Spreadsheet.Column("Mã xã", 8),
                new Spreadsheet.Column("Xã/Thị trấn", 26), new Spreadsheet.Column("Được hưởng", 12), new Spreadsheet.Column("Có đề nghị", 12),
                new Spreadsheet.Column("Mẫu số", 10), new Spreadsheet.Column("Đã thực hiện", 14), new Spreadsheet.Column("Chưa thực hiện", 16),
                new Spreadsheet.Column("Không còn được hưởng", 22), new Spreadsheet.Column("Tỷ lệ bao phủ (%)", 18),
                new Spreadsheet.Column("Đạt chỉ tiêu", 14)));
        List<List<Object>> rows = new ArrayList<>();
        for (CommuneCoverage r : c.communes()) {
            rows.add(coverageRow(r));
        }
        rows.add(coverageRow(c.total()));
        sheet.write(rows, out);
    }

    private static List<Object> coverageRow(CommuneCoverage r) {
        return Arrays.asList(r.communeCode(), r.communeName(), r.entitled(), r.requested(), r.denominator(), r.fulfilled(), r.unfulfilled(),
                r.noLongerEntitled(), r.coveragePercent(), r.meetsTarget() == null ? null : r.meetsTarget() ? "Đạt" : "Chưa đạt");
    }

    public static void findingsXlsx(List<ReconciliationItem> items, OutputStream out) {
        int[] widths = {6, 22, 22, 16, 8, 16, 28, 14, 12, 12, 14, 14, 40, 16, 16};
        List<Spreadsheet.Column> columns = new ArrayList<>();
        for (int i = 0; i < FINDING_HEADERS.size(); i++) {
            columns.add(new Spreadsheet.Column(FINDING_HEADERS.get(i), widths[i]));
        }
        Spreadsheet sheet = new Spreadsheet("Đối soát", List.of(), columns);
        List<List<Object>> rows = new ArrayList<>(items.size());
        int n = 0;
        for (ReconciliationItem i : items) {
            rows.add(Arrays.asList(++n, label(i.finding()), i.programCode(), i.ruleCode(), i.communeCode(), i.householdCode(), i.fullName(),
                    label(i.state()), i.validFrom(), i.validTo(), i.fulfilledOn(), i.endedOn(), i.endReason(), i.cardValidTo(),
                    label(i.repaymentStatus())));
        }
        sheet.write(rows, out);
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs open Vietnamese text correctly; dates ISO-8601. */
    public static void findingsCsv(List<ReconciliationItem> items, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write(String.join(",", FINDING_HEADERS));
            w.write("\r\n");
            int n = 0;
            for (ReconciliationItem i : items) {
                w.write(Arrays.asList(String.valueOf(++n), label(i.finding()), i.programCode(), i.ruleCode(), i.communeCode(), i.householdCode(),
                                i.fullName(), label(i.state()), str(i.validFrom()), str(i.validTo()), str(i.fulfilledOn()), str(i.endedOn()),
                                i.endReason(), str(i.cardValidTo()), label(i.repaymentStatus()))
                        .stream().map(BenefitDocuments::csv).collect(Collectors.joining(",")));
                w.write("\r\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String label(ReconciliationFinding f) {
        return f == null ? null : switch (f) {
            case UNFULFILLED -> "Chưa được thực hiện";
            case NO_LONGER_ENTITLED -> "Không còn được hưởng";
        };
    }

    static String label(EntitlementState s) {
        return switch (s) {
            case ELIGIBLE -> "Đủ điều kiện";
            case REQUESTED -> "Đã đề nghị";
            case ENROLLED -> "Đã duyệt/ghi danh";
            case FULFILLED -> "Đã thực hiện";
            case EXPIRED -> "Hết hiệu lực";
            case REVOKED -> "Đã thu hồi";
        };
    }

    static String label(RepaymentStatus s) {
        return s == null ? null : switch (s) {
            case ON_TIME -> "Đúng hạn";
            case OVERDUE -> "Quá hạn";
            case REPAID -> "Đã trả hết";
        };
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Quoted when needed; a leading =, +, - or @ is neutralised so no spreadsheet reads it as a formula. */
    private static String csv(String v) {
        if (v == null) {
            return "";
        }
        String safe = v.startsWith("=") || v.startsWith("+") || v.startsWith("-") || v.startsWith("@") ? "'" + v : v;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
