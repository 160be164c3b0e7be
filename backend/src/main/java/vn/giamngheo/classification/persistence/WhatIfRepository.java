package vn.giamngheo.classification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.classification.domain.WhatIfState;
import vn.giamngheo.classification.domain.WhatIfTally;
import vn.giamngheo.common.job.JobTable;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;

/**
 * What-if runs as jobs in PostgreSQL (what_if_run), their changed households (what_if_change) and counts
 * (what_if_tally). Bulk statements use the transaction's JDBC connection: COPY for changes, arrays for counts.
 */
@ApplicationScoped
public class WhatIfRepository {
    private static final String RUN_COLUMNS = "id, standard_code, reference_date, draft::text, state, households_total,"
            + " households_processed, cursor_household_id, attempts, error, requested_at, requested_by, started_at, finished_at";

    private static final JobTable JOBS = new JobTable("what_if_run");

    private final EntityManager em;

    WhatIfRepository(EntityManager em) {
        this.em = em;
    }

    public record Run(UUID id, String standardCode, LocalDate referenceDate, String draftJson, WhatIfState state, Integer householdsTotal,
                      int householdsProcessed, UUID cursor, int attempts, String error, Instant requestedAt, String requestedBy,
                      Instant startedAt, Instant finishedAt) {
    }

    /** A household whose status would change, as written by a run. */
    public record Change(UUID householdId, String householdCode, String communeCode, String hamletCode, PovertyStatus from,
                         PovertyStatus to, int deprivationCount, long monthlyIncomePerCapitaVnd) {
    }

    /** A change as listed, with the household's head and the names of its areas. */
    public record ChangeView(UUID householdId, String householdCode, String headName, String communeCode, String communeName,
                             String hamletCode, String hamletName, PovertyStatus from, PovertyStatus to, int deprivationCount,
                             long monthlyIncomePerCapitaVnd) {
    }

    public void insert(UUID id, String standardCode, LocalDate referenceDate, String draftJson, String requestedBy, Instant requestedAt) {
        em.createNativeQuery("insert into what_if_run (id, standard_code, reference_date, draft, state, requested_at, requested_by)"
                        + " values (:id, :standard, :date, cast(:draft as jsonb), 'QUEUED', :at, :by)")
                .setParameter("id", id).setParameter("standard", standardCode).setParameter("date", referenceDate)
                .setParameter("draft", draftJson).setParameter("at", Timestamp.from(requestedAt)).setParameter("by", requestedBy)
                .executeUpdate();
    }

    public Optional<Run> find(UUID id) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + RUN_COLUMNS + " from what_if_run where id = ?")) {
                ps.setObject(1, id);
                return runs(ps).stream().findFirst();
            }
        });
    }

    /** Newest first. */
    public List<Run> page(PageQuery page) {
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + RUN_COLUMNS
                    + " from what_if_run order by requested_at desc, id limit ? offset ?")) {
                ps.setInt(1, page.size);
                ps.setLong(2, page.offset());
                return runs(ps);
            }
        });
    }

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from what_if_run").getSingleResult()).longValue();
    }

    /** The counts of each run, in commune order. */
    public Map<UUID, List<WhatIfTally.Count>> tallies(Collection<UUID> runIds) {
        Map<UUID, List<WhatIfTally.Count>> out = new LinkedHashMap<>();
        runIds.forEach(id -> out.put(id, new ArrayList<>()));
        if (runIds.isEmpty()) {
            return out;
        }
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement("select run_id, commune_code, status_from, status_to, households"
                    + " from what_if_tally where run_id = any(?) order by run_id, commune_code, status_from, status_to")) {
                ps.setArray(1, c.createArrayOf("uuid", runIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.get(rs.getObject(1, UUID.class)).add(new WhatIfTally.Count(rs.getString(2), status(rs.getString(3)),
                                status(rs.getString(4)), rs.getInt(5)));
                    }
                }
            }
            return out;
        });
    }

    // ---- the job ---------------------------------------------------------------------------------------------

    /**
     * Claims the oldest queued run, or a running one whose worker stopped reporting (a restart), unless it has
     * been tried {@code maxAttempts} times already. Other workers skip the row while it is being claimed.
     */
    public Optional<Run> claimNext(String worker, Duration staleAfter, int maxAttempts) {
        return JOBS.claimNext(em, worker, staleAfter, maxAttempts).flatMap(this::find);
    }

    /** Running runs that stopped reporting and have used up their attempts fail; returns how many. */
    public int failAbandoned(Duration staleAfter, int maxAttempts) {
        return JOBS.failAbandoned(em, staleAfter, maxAttempts);
    }

    public void setTotal(UUID id, long households) {
        JOBS.setTotal(em, id, households);
    }

    /**
     * The chunk's commit does not wait for the disk: if the server crashes first, the chunk is lost together with its
     * cursor, and the run (taken over after the restart) does it again.
     */
    public void commitWithoutWaitingForDisk() {
        JobTable.commitWithoutWaitingForDisk(em);
    }

    /** Moves the cursor past a chunk; false when this worker no longer holds the run. */
    public boolean advance(UUID id, String worker, UUID cursor, int households) {
        return JOBS.advance(em, id, worker, cursor, households);
    }

    public boolean finish(UUID id, String worker) {
        return JOBS.finish(em, id, worker);
    }

    public void fail(UUID id, String worker, String error) {
        JOBS.fail(em, id, worker, error);
    }

    /** Gives a running run back to the queue (the worker is stopping); it continues after its cursor. */
    public void release(UUID id, String worker) {
        JOBS.release(em, id, worker);
    }

    /**
     * Current status of the households in a key range: status_end of the latest frozen record by decided_on.
     * household_status_record belongs to the annual review, which has no service yet; this is its only reader here.
     */
    public Map<UUID, PovertyStatus> currentStatuses(UUID first, UUID last) {
        return work(c -> {
            Map<UUID, PovertyStatus> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select distinct on (household_id) household_id, status_end"
                    + " from household_status_record where household_id >= ? and household_id <= ?"
                    + " order by household_id, decided_on desc, frozen_at desc")) {
                ps.setObject(1, first);
                ps.setObject(2, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getObject(1, UUID.class), status(rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    /** COPY: one round trip for the chunk's changed households. */
    public void insertChanges(UUID runId, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(changes.size() * 128);
        String run = runId.toString();
        for (Change ch : changes) {
            text.append(run).append('\t').append(ch.householdId()).append('\t').append(copyText(ch.householdCode())).append('\t')
                    .append(copyText(ch.communeCode())).append('\t').append(copyText(ch.hamletCode())).append('\t')
                    .append(ch.from().name()).append('\t').append(ch.to().name()).append('\t').append(ch.deprivationCount()).append('\t')
                    .append(ch.monthlyIncomePerCapitaVnd()).append('\n');
        }
        work(c -> c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy what_if_change (run_id, household_id, household_code,"
                + " commune_code, hamlet_code, status_from, status_to, deprivation_count, monthly_income_per_capita_vnd) from stdin",
                new StringReader(text.toString())));
    }

    /** Adds a chunk's counts to the run's. */
    public void addTallies(UUID runId, List<WhatIfTally.Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        work(c -> {
            int n = counts.size();
            String[] communes = new String[n];
            String[] from = new String[n];
            String[] to = new String[n];
            Integer[] households = new Integer[n];
            for (int i = 0; i < n; i++) {
                WhatIfTally.Count t = counts.get(i);
                communes[i] = t.communeCode();
                from[i] = t.from().name();
                to[i] = t.to() == null ? null : t.to().name();
                households[i] = t.households();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into what_if_tally (run_id, commune_code, status_from, status_to, households)"
                    + " select ?, * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::int[])"
                    + " on conflict on constraint ux_what_if_tally do update set households = what_if_tally.households + excluded.households")) {
                ps.setObject(1, runId);
                ps.setArray(2, c.createArrayOf("varchar", communes));
                ps.setArray(3, c.createArrayOf("varchar", from));
                ps.setArray(4, c.createArrayOf("varchar", to));
                ps.setArray(5, c.createArrayOf("int4", households));
                ps.executeUpdate();
            }
            return null;
        });
    }

    // ---- the list of changes -----------------------------------------------------------------------------------

    /** A page of changes in commune and household-code order; the area filter is the caller's scope. */
    public List<ChangeView> changes(UUID runId, AreaFilter area, PovertyStatus from, PovertyStatus to, PageQuery page) {
        StringBuilder sql = new StringBuilder("select c.household_id, c.household_code, h.head_name, c.commune_code, ca.name,"
                + " c.hamlet_code, ha.name, c.status_from, c.status_to, c.deprivation_count, c.monthly_income_per_capita_vnd"
                + " from what_if_change c join household h on h.id = c.household_id"
                + " join area ca on ca.code = c.commune_code join area ha on ha.code = c.hamlet_code where c.run_id = ?");
        List<Object> params = filters(sql, "c.", runId, area, from, to);
        sql.append(" order by c.commune_code, c.household_code, c.household_id limit ? offset ?");
        params.add(page.size);
        params.add(page.offset());
        return work(c -> {
            List<ChangeView> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ChangeView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), status(rs.getString(8)), status(rs.getString(9)), rs.getInt(10), rs.getLong(11)));
                    }
                }
            }
            return out;
        });
    }

    /** How many changes match, from the counts (exact, and without touching the changes). */
    public long countChanges(UUID runId, AreaFilter area, PovertyStatus from, PovertyStatus to) {
        StringBuilder sql = new StringBuilder("select coalesce(sum(households), 0) from what_if_tally"
                + " where run_id = ? and status_to is not null and status_to <> status_from");
        List<Object> params = filters(sql, "", runId, area, from, to);
        return work(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static List<Object> filters(StringBuilder sql, String alias, UUID runId, AreaFilter area, PovertyStatus from, PovertyStatus to) {
        List<Object> params = new ArrayList<>();
        params.add(runId);
        if (!area.all()) {
            sql.append(" and ").append(alias).append("commune_code = ?");
            params.add(area.communeCode());
        }
        if (from != null) {
            sql.append(" and ").append(alias).append("status_from = ?");
            params.add(from.name());
        }
        if (to != null) {
            sql.append(" and ").append(alias).append("status_to = ?");
            params.add(to.name());
        }
        return params;
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static List<Run> runs(PreparedStatement ps) throws SQLException {
        List<Run> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int total = rs.getInt(6);
                Integer householdsTotal = rs.wasNull() ? null : total;
                out.add(new Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        WhatIfState.valueOf(rs.getString(5)), householdsTotal, rs.getInt(7), rs.getObject(8, UUID.class), rs.getInt(9),
                        rs.getString(10), instant(rs, 11), rs.getString(12), instant(rs, 13), instant(rs, 14)));
            }
        }
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static PovertyStatus status(String s) {
        return s == null ? null : PovertyStatus.valueOf(s);
    }

    /** COPY text format: backslash, tab and line breaks are the only characters that need escaping. */
    static String copyText(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException, java.io.IOException;
    }

    private <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try {
                return work.run(c);
            } catch (java.io.IOException e) {
                throw new SQLException("COPY failed", e);
            }
        });
    }
}
