package vn.giamngheo.transfer.domain;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.giamngheo.household.api.HouseholdCreate;
import vn.giamngheo.household.api.HousingDto;
import vn.giamngheo.household.api.MemberInput;
import vn.giamngheo.household.domain.Device;
import vn.giamngheo.household.domain.Disability;
import vn.giamngheo.household.domain.EducationLevel;
import vn.giamngheo.household.domain.Employment;
import vn.giamngheo.household.domain.Ethnicity;
import vn.giamngheo.household.domain.LabourContract;
import vn.giamngheo.household.domain.LatrineType;
import vn.giamngheo.household.domain.Material;
import vn.giamngheo.household.domain.Relationship;
import vn.giamngheo.household.domain.SchoolAttendance;
import vn.giamngheo.household.domain.Sex;
import vn.giamngheo.household.domain.WaterSource;

/**
 * Households from a table (CSV or the XLSX template): a header row naming the {@link Column}s in Vietnamese or
 * English, then one row per member. Consecutive rows with the same household reference (or, when the file has no
 * such column, the same household code) are one household; its columns are read from its first row. A cell that
 * cannot be read is a problem of its row and column; the record goes on to the registry's rules without it.
 */
public final class TableRecords implements RecordSource {
    /** Strict: 31/02/1970 is a typo to report, not 28/02/1970 (what the default resolver would make of it). */
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private final TableRow.Reader rows;
    private final Column[] columns;
    private final int refIndex;
    private TableRow lookahead;
    private int record;

    public TableRecords(TableRow.Reader rows) throws IOException {
        this.rows = rows;
        TableRow header = rows.next();
        if (header == null) {
            throw new ImportFileException("EMPTY_FILE", "The file has no header row");
        }
        columns = new Column[header.cells().size()];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String h = header.cells().get(i);
            if (h == null || h.isBlank()) {
                continue;
            }
            columns[i] = Column.byHeader(h).orElse(null);
            if (columns[i] == null) {
                unknown.add(h.strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ImportFileException("UNKNOWN_COLUMN", "Unknown columns " + unknown + "; use the template's headers (Vietnamese or English)");
        }
        int ref = indexOf(Column.HOUSEHOLD_REF);
        refIndex = ref >= 0 ? ref : indexOf(Column.HOUSEHOLD_CODE);
        lookahead = nextNonEmpty();
    }

    @Override
    public ImportRecord next() throws IOException {
        if (lookahead == null) {
            return null;
        }
        List<TableRow> group = new ArrayList<>();
        group.add(lookahead);
        String key = cell(lookahead, refIndex);
        lookahead = nextNonEmpty();
        while (lookahead != null && key != null && !key.isEmpty() && key.equals(cell(lookahead, refIndex))) {
            group.add(lookahead);
            lookahead = nextNonEmpty();
        }
        record++;
        return read(group);
    }

    private ImportRecord read(List<TableRow> group) {
        List<RowProblem> problems = new ArrayList<>();
        TableRow first = group.get(0);
        Map<Column, String> h = cells(first);
        Cells hc = new Cells(first.line(), h, problems, -1);
        List<MemberInput> members = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            TableRow row = group.get(i);
            Cells m = new Cells(row.line(), cells(row), problems, i);
            lines.add(row.line());
            members.add(new MemberInput(m.text(Column.FULL_NAME), m.date(Column.DATE_OF_BIRTH), m.code(Column.SEX, Sex.class),
                    m.code(Column.RELATIONSHIP, Relationship.class), m.text(Column.CITIZEN_ID), m.code(Column.ETHNICITY, Ethnicity.class),
                    m.code(Column.DISABILITY, Disability.class), m.code(Column.SCHOOL, SchoolAttendance.class),
                    m.code(Column.EDUCATION, EducationLevel.class), m.code(Column.EMPLOYMENT, Employment.class),
                    m.code(Column.CONTRACT, LabourContract.class), upper(m.text(Column.HI_CARD)), m.date(Column.HI_EXPIRY),
                    m.date(Column.JOINED_ON)));
        }
        HousingDto housing = new HousingDto(hc.decimal(Column.FLOOR_AREA), hc.code(Column.WALL, Material.class),
                hc.code(Column.COLUMN, Material.class), hc.code(Column.ROOF, Material.class), hc.code(Column.WATER, WaterSource.class),
                hc.code(Column.LATRINE, LatrineType.class), hc.bool(Column.TELECOM), hc.devices(), hc.bool(Column.LOUDSPEAKER));
        HouseholdCreate data = new HouseholdCreate(hc.text(Column.COMMUNE_CODE), hc.text(Column.HAMLET_CODE), hc.text(Column.ADDRESS),
                hc.text(Column.PHONE), hc.integer(Column.INCOME), housing, members);
        StringBuilder original = new StringBuilder();
        for (TableRow r : group) {
            if (!original.isEmpty()) {
                original.append('\n');
            }
            original.append(csvLine(r.cells()));
        }
        return new ImportRecord(record, first.line(), lines, original.toString(), hc.text(Column.HOUSEHOLD_CODE), data, problems);
    }

    private Map<Column, String> cells(TableRow row) {
        Map<Column, String> out = new EnumMap<>(Column.class);
        for (int i = 0; i < columns.length && i < row.cells().size(); i++) {
            if (columns[i] != null) {
                String v = row.cells().get(i);
                if (v != null && !v.isBlank()) {
                    out.put(columns[i], v.strip());
                }
            }
        }
        return out;
    }

    /** Reads a row's cells, recording each one that cannot be read. */
    private static final class Cells {
        private final int line;
        private final Map<Column, String> values;
        private final List<RowProblem> problems;
        private final int member;

        Cells(int line, Map<Column, String> values, List<RowProblem> problems, int member) {
            this.line = line;
            this.values = values;
            this.problems = problems;
            this.member = member;
        }

        String text(Column c) {
            return values.get(c);
        }

        <E extends Enum<E>> E code(Column c, Class<E> type) {
            String v = values.get(c);
            if (v == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problem(c, "UNKNOWN_CODE", "'" + v + "' is not one of " + c.codeValues());
                return null;
            }
        }

        LocalDate date(Column c) {
            String v = values.get(c);
            if (v == null) {
                return null;
            }
            try {
                return v.contains("/") ? LocalDate.parse(v, DMY) : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
            } catch (DateTimeParseException e) {
                problem(c, "INVALID_DATE", "'" + v + "' is not a date (dd/mm/yyyy or yyyy-mm-dd)");
                return null;
            }
        }

        Long integer(Column c) {
            String v = values.get(c);
            if (v == null) {
                return null;
            }
            try {
                return Long.parseLong(v.replace(".", "").replace(",", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                problem(c, "INVALID_NUMBER", "'" + v + "' is not a whole number");
                return null;
            }
        }

        BigDecimal decimal(Column c) {
            String v = values.get(c);
            if (v == null) {
                return null;
            }
            try {
                return new BigDecimal(v.replace(',', '.'));
            } catch (NumberFormatException e) {
                problem(c, "INVALID_NUMBER", "'" + v + "' is not a number");
                return null;
            }
        }

        Boolean bool(Column c) {
            String v = values.get(c);
            if (v == null) {
                return null;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "có", "co", "yes", "true", "1", "x" -> true;
                case "không", "khong", "no", "false", "0" -> false;
                default -> {
                    problem(c, "INVALID_BOOLEAN", "'" + v + "' is not có/không (yes/no)");
                    yield null;
                }
            };
        }

        List<Device> devices() {
            String v = values.get(Column.DEVICES);
            List<Device> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            for (String part : v.split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    out.add(Device.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problem(Column.DEVICES, "UNKNOWN_CODE", "'" + part.strip() + "' is not one of " + Column.DEVICES.codeValues());
                }
            }
            return out;
        }

        private void problem(Column c, String code, String message) {
            problems.add(new RowProblem(line, c.headerEn(), c.pointer(Math.max(member, 0)), code, message));
        }
    }

    private int indexOf(Column c) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(TableRow row, int index) {
        if (index < 0 || index >= row.cells().size()) {
            return null;
        }
        String v = row.cells().get(index);
        return v == null ? null : v.strip();
    }

    private TableRow nextNonEmpty() throws IOException {
        TableRow r;
        do {
            r = rows.next();
        } while (r != null && r.cells().stream().allMatch(c -> c == null || c.isBlank()));
        return r;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** A row as a CSV line, for the error report's original text. */
    public static String csvLine(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = cells.get(i) == null ? "" : cells.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
