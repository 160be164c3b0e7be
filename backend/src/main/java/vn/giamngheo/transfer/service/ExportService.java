package vn.giamngheo.transfer.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.AuditKind;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.common.document.Spreadsheet;
import vn.giamngheo.household.service.HouseholdExport;
import vn.giamngheo.transfer.domain.ExportKind;
import vn.giamngheo.transfer.domain.TableRecords;

/**
 * Exports of the registry in the caller's area as CSV, XLSX or NDJSON, streamed from a database cursor to the answer:
 * a million rows cost no more memory than a hundred. Every export is audited with its filter and row count.
 */
@ApplicationScoped
public class ExportService {
    /** The most rows a worksheet holds (with its header); larger exports are asked for as CSV or NDJSON. */
    static final int XLSX_MAX_ROWS = 1_048_575;

    public enum Format { CSV, XLSX, NDJSON }

    private final HouseholdExport registry;
    private final AuditService audit;
    private final CallerScope caller;
    private final ObjectMapper json;

    ExportService(HouseholdExport registry, AuditService audit, CallerScope caller, ObjectMapper json) {
        this.registry = registry;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
    }

    /** The area the caller may export: 403 for a commune outside it (the caller asked for it by name). */
    public AreaFilter area(String communeCode) {
        AreaFilter area = caller.areaFilter(communeCode);
        if (area.isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "OUTSIDE_AREA", "You may export only your own commune");
        }
        return area;
    }

    @Transactional
    public void export(ExportKind kind, AreaFilter area, Format format, OutputStream out) {
        List<String> columns = kind == ExportKind.HOUSEHOLDS ? HouseholdExport.HOUSEHOLD_COLUMNS : HouseholdExport.MEMBER_COLUMNS;
        long rows;
        try (Stream<Object[]> stream = kind == ExportKind.HOUSEHOLDS ? registry.households(area) : registry.members(area)) {
            rows = switch (format) {
                case CSV -> csv(columns, stream.iterator(), out);
                case NDJSON -> ndjson(columns, stream.iterator(), out);
                case XLSX -> xlsx(kind, columns, stream.limit(XLSX_MAX_ROWS).iterator(), out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(new AuditEntry(AuditKind.EXPORT, kind == ExportKind.HOUSEHOLDS ? "HOUSEHOLDS_EXPORTED" : "MEMBERS_EXPORTED", "HOUSEHOLD",
                null, null, area.communeCode(), "registry export", List.of(), Map.of("format", format.name(), "rows", rows,
                "communeCode", area.all() ? "all" : area.communeCode())));
    }

    private static long csv(List<String> columns, Iterator<Object[]> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(TableRecords.csvLine(columns));
        w.write("\r\n");
        long n = 0;
        List<String> cells = new ArrayList<>(columns.size());
        while (rows.hasNext()) {
            Object[] r = rows.next();
            cells.clear();
            for (Object v : r) {
                Object x = value(v);
                cells.add(x == null ? "" : x.toString());
            }
            w.write(TableRecords.csvLine(cells));
            w.write("\r\n");
            n++;
        }
        w.flush();
        return n;
    }

    private long ndjson(List<String> columns, Iterator<Object[]> rows, OutputStream out) throws IOException {
        long n = 0;
        JsonGenerator g = json.getFactory().createGenerator(out);
        g.setRootValueSeparator(null);
        while (rows.hasNext()) {
            Object[] r = rows.next();
            g.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                Object v = value(r[i]);
                if (v != null) {
                    g.writeFieldName(columns.get(i));
                    if (v instanceof Number num) {
                        g.writeNumber(num.toString());
                    } else if (v instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeString(v.toString());
                    }
                }
            }
            g.writeEndObject();
            g.writeRaw('\n');
            n++;
        }
        g.flush();
        return n;
    }

    private static long xlsx(ExportKind kind, List<String> columns, Iterator<Object[]> rows, OutputStream out) {
        long[] n = {0};
        Iterable<List<?>> table = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public List<?> next() {
                Object[] r = rows.next();
                n[0]++;
                List<Object> cells = new ArrayList<>(r.length);
                for (Object v : r) {
                    Object x = value(v);
                    cells.add(x instanceof Boolean b ? (b ? "có" : "không") : x instanceof Instant i ? i.toString() : x);
                }
                return cells;
            }
        };
        new Spreadsheet(kind == ExportKind.HOUSEHOLDS ? "Hộ" : "Thành viên", List.of(),
                columns.stream().map(c -> new Spreadsheet.Column(c, 18)).toList()).write(table, out);
        return n[0];
    }

    /** Database values as the files show them: dates as dates, times as instants. */
    private static Object value(Object v) {
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof LocalDate || v == null) {
            return v;
        }
        return v;
    }
}
