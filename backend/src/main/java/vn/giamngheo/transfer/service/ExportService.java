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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.AuditKind;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.benefit.domain.EntitlementState;
import vn.giamngheo.benefit.service.EntitlementExport;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.common.document.Spreadsheet;
import vn.giamngheo.household.service.HouseholdExport;
import vn.giamngheo.review.domain.ReviewList;
import vn.giamngheo.review.domain.Transition;
import vn.giamngheo.review.service.StatusRecordExport;
import vn.giamngheo.transfer.domain.ExportKind;
import vn.giamngheo.transfer.domain.TableRecords;

/**
 * Exports of the caller's area as CSV, XLSX or NDJSON: registered households, their members, entitlements and the
 * frozen review lists. Each is streamed from a database cursor to the answer, so a million rows cost no more memory
 * than a hundred, and each is audited once with its filters and row count (also when the download breaks off).
 */
@ApplicationScoped
public class ExportService {
    /** The most rows a worksheet holds (with its header); larger exports are asked for as CSV or NDJSON. */
    static final int XLSX_MAX_ROWS = 1_048_575;

    public enum Format { CSV, XLSX, NDJSON }

    /** What a file holds: the worksheet's name (XLSX) and the columns, in the order of the rows' values. */
    private record Table(String sheet, List<String> columns) {
    }

    private static final Table HOUSEHOLDS = new Table("Hộ", HouseholdExport.HOUSEHOLD_COLUMNS);
    private static final Table MEMBERS = new Table("Thành viên", HouseholdExport.MEMBER_COLUMNS);
    private static final Table ENTITLEMENTS = new Table("Chính sách", EntitlementExport.COLUMNS);
    private static final Table STATUS_RECORDS = new Table("Danh sách rà soát", StatusRecordExport.COLUMNS);

    private final HouseholdExport registry;
    private final EntitlementExport entitlements;
    private final StatusRecordExport statusRecords;
    private final AuditService audit;
    private final CallerScope caller;
    private final ObjectMapper json;

    ExportService(HouseholdExport registry, EntitlementExport entitlements, StatusRecordExport statusRecords, AuditService audit,
                  CallerScope caller, ObjectMapper json) {
        this.registry = registry;
        this.entitlements = entitlements;
        this.statusRecords = statusRecords;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
    }

    /** The area the caller may export: 403 for a commune outside it (the caller asked for it by name), or no area at all. */
    public AreaFilter area(String communeCode) {
        AreaFilter area = caller.areaFilter(communeCode);
        if (area.isEmpty()) {
            // department staff read entitlements but hold neither district scope nor a commune: they have nothing to export
            throw new ProblemException(ProblemType.FORBIDDEN, "OUTSIDE_AREA", caller.communeCode().isEmpty()
                    ? "Your account covers no commune, so there is nothing you may export" : "You may export only your own commune");
        }
        return area;
    }

    @Transactional(dontRollbackOn = UncheckedIOException.class)
    public void export(ExportKind kind, AreaFilter area, Format format, OutputStream out) {
        boolean households = kind == ExportKind.HOUSEHOLDS;
        AuditEntry entry = new AuditEntry(AuditKind.EXPORT, households ? "HOUSEHOLDS_EXPORTED" : "MEMBERS_EXPORTED", "HOUSEHOLD",
                null, null, area.communeCode(), "registry export", List.of(), Map.of());
        write(households ? HOUSEHOLDS : MEMBERS, households ? registry.households(area) : registry.members(area), format, out, entry,
                filters(area));
    }

    /** 400 UNKNOWN_PROGRAM before any byte is sent. */
    public void checkProgram(String programCode) {
        entitlements.checkProgram(programCode);
    }

    /** Entitlements of the area, live and ended unless a state is named; null filters take all. */
    @Transactional(dontRollbackOn = UncheckedIOException.class)
    public void entitlements(AreaFilter area, String programCode, EntitlementState state, Format format, OutputStream out) {
        Map<String, Object> filters = filters(area);
        filters.put("programCode", programCode);
        filters.put("state", state == null ? null : state.name());
        AuditEntry entry = new AuditEntry(AuditKind.EXPORT, "ENTITLEMENTS_EXPORTED", "ENTITLEMENT", null, null, area.communeCode(),
                "benefit export", List.of(), Map.of());
        write(ENTITLEMENTS, entitlements.rows(area, programCode, state), format, out, entry, filters);
    }

    /** The cycle's period for the file's name; 404 for an unknown cycle, 409 before it is consolidated. */
    public String reviewPeriod(UUID cycleId) {
        return statusRecords.check(cycleId);
    }

    /** The frozen status records of a consolidated cycle in the area, on any of the lists and of any of the transitions given. */
    @Transactional(dontRollbackOn = UncheckedIOException.class)
    public void statusRecords(UUID cycleId, AreaFilter area, List<ReviewList> lists, List<Transition> transitions, Format format,
                              OutputStream out) {
        Map<String, Object> filters = filters(area);
        filters.put("cycleId", cycleId.toString());
        filters.put("lists", lists.isEmpty() ? null : lists.stream().map(Enum::name).toList());
        filters.put("transitions", transitions.isEmpty() ? null : transitions.stream().map(Enum::name).toList());
        AuditEntry entry = new AuditEntry(AuditKind.EXPORT, "STATUS_RECORDS_EXPORTED", "REVIEW_CYCLE", cycleId.toString(), null,
                area.communeCode(), "review lists export", List.of(), Map.of());
        write(STATUS_RECORDS, statusRecords.rows(cycleId, area, lists, transitions), format, out, entry, filters);
    }

    private static Map<String, Object> filters(AreaFilter area) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("communeCode", area.all() ? "all" : area.communeCode());
        return filters;
    }

    /**
     * The one way a table is written, whatever it holds. The export is audited once, with the rows written: when the
     * download breaks off (the client went away) the event says so, and the transaction still commits it, since the rows
     * sent so far have left.
     */
    private void write(Table table, Stream<Object[]> stream, Format format, OutputStream out, AuditEntry entry, Map<String, Object> filters) {
        Counted rows = new Counted(stream.iterator(), format == Format.XLSX ? XLSX_MAX_ROWS : Long.MAX_VALUE);
        boolean complete = false;
        boolean truncated = false;
        try (stream) {
            switch (format) {
                case CSV -> csv(table.columns(), rows, out);
                case NDJSON -> ndjson(table.columns(), rows, out);
                case XLSX -> xlsx(table, rows, out);
            }
            complete = true;
            truncated = rows.truncated();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("format", format.name());
            context.put("rows", rows.count);
            filters.forEach((k, v) -> {
                if (v != null) {
                    context.put(k, v);
                }
            });
            if (truncated) {
                context.put("truncated", true);
            }
            if (!complete) {
                context.put("interrupted", true);
            }
            audit.record(entry.withContext(context));
        }
    }

    /** Counts the rows taken and stops at a limit (a worksheet's rows). */
    private static final class Counted implements Iterator<Object[]> {
        private final Iterator<Object[]> rows;
        private final long limit;
        long count;

        Counted(Iterator<Object[]> rows, long limit) {
            this.rows = rows;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            return count < limit && rows.hasNext();
        }

        @Override
        public Object[] next() {
            count++;
            return rows.next();
        }

        /** Rows were left out at the limit. */
        boolean truncated() {
            return count >= limit && rows.hasNext();
        }
    }

    private static void csv(List<String> columns, Iterator<Object[]> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(TableRecords.csvLine(columns));
        w.write("\r\n");
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
        }
        w.flush();
    }

    private void ndjson(List<String> columns, Iterator<Object[]> rows, OutputStream out) throws IOException {
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
        }
        g.flush();
    }

    private static void xlsx(Table table, Iterator<Object[]> rows, OutputStream out) {
        Iterable<List<?>> sheetRows = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public List<?> next() {
                Object[] r = rows.next();
                List<Object> cells = new ArrayList<>(r.length);
                for (Object v : r) {
                    Object x = value(v);
                    cells.add(x instanceof Boolean b ? (b ? "có" : "không") : x instanceof Instant i ? i.toString() : x);
                }
                return cells;
            }
        };
        new Spreadsheet(table.sheet(), List.of(), table.columns().stream().map(c -> new Spreadsheet.Column(c, 18)).toList())
                .write(sheetRows, out);
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
        return v;
    }
}
