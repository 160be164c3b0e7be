package vn.giamngheo.transfer.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.document.DocumentFormat;
import vn.giamngheo.common.document.Spreadsheet;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.id.Ids;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.household.service.HouseholdBulkService;
import vn.giamngheo.partner.service.Answer;
import vn.giamngheo.partner.service.Idempotency;
import vn.giamngheo.transfer.api.ImportJobDto;
import vn.giamngheo.transfer.api.ImportJobPage;
import vn.giamngheo.transfer.api.ImportProblemDto;
import vn.giamngheo.transfer.api.ImportProblemPage;
import vn.giamngheo.transfer.domain.ImportFormat;
import vn.giamngheo.transfer.domain.ImportMatch;
import vn.giamngheo.transfer.domain.ImportMode;
import vn.giamngheo.transfer.domain.ImportPolicy;
import vn.giamngheo.transfer.domain.ImportState;
import vn.giamngheo.transfer.domain.TableRecords;
import vn.giamngheo.transfer.persistence.ImportJobRepository;

/** The import use cases of the API: upload, follow, commit, cancel, roll back, read the problems. */
@ApplicationScoped
public class ImportService {
    private static final String JOB = "IMPORT_JOB";
    private final ImportJobRepository jobs;
    private final UploadStore files;
    private final Idempotency idempotency;
    private final HouseholdBulkService households;
    private final AuditService audit;
    private final CallerScope caller;
    private final ObjectMapper json;
    private final Event<ImportQueued> queued;

    ImportService(ImportJobRepository jobs, UploadStore files, Idempotency idempotency, HouseholdBulkService households, AuditService audit,
                  CallerScope caller, ObjectMapper json, Event<ImportQueued> queued) {
        this.jobs = jobs;
        this.files = files;
        this.idempotency = idempotency;
        this.households = households;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
        this.queued = queued;
    }

    /** A job as created or, for a repeated Idempotency-Key with the same file and settings, as it is now. */
    public record Created(ImportJobDto job, boolean replayed) {
    }

    /** Stores the upload as it streams in, then queues its job (or finds the one its Idempotency-Key made). */
    public Created create(InputStream body, ImportFormat format, ImportMode mode, ImportPolicy policy, ImportMatch match, String fileName,
                          String idempotencyKey) {
        if (!caller.districtWide() && caller.communeCode().isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "OUTSIDE_AREA", "Your account has no area to import into");
        }
        UploadStore.Stored stored = files.save(body);
        try {
            Created created = register(stored, format, mode, policy, match, fileName, idempotencyKey);
            if (created.replayed()) {
                files.discard(stored);
            }
            return created;
        } catch (RuntimeException e) {
            files.discard(stored);
            throw e;
        }
    }

    @Transactional
    Created register(UploadStore.Stored stored, ImportFormat format, ImportMode mode, ImportPolicy policy, ImportMatch match, String fileName,
                     String idempotencyKey) {
        UUID id = Ids.next();
        if (idempotencyKey == null) {
            insert(id, stored, format, mode, policy, match, fileName, null);
            return new Created(view(id), false);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("contentHash", stored.sha256());
        request.put("format", format);
        request.put("mode", mode);
        request.put("policy", policy);
        request.put("matchBy", match);
        Answer answer = idempotency.once(caller.clientId(), idempotencyKey, "import", request, () -> {
            insert(id, stored, format, mode, policy, match, fileName, idempotencyKey);
            return Map.of("jobId", id.toString());
        });
        if (!answer.replayed()) {
            return new Created(view(id), false);
        }
        try {
            JsonNode first = json.readTree(answer.body());
            return new Created(view(UUID.fromString(first.path("jobId").asText())), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void insert(UUID id, UploadStore.Stored stored, ImportFormat format, ImportMode mode, ImportPolicy policy, ImportMatch match,
                        String fileName, String key) {
        if (mode == ImportMode.COMMIT) {
            refuseAppliedTwice(stored.sha256(), null);
        }
        String scope = caller.districtWide() ? null : caller.communeCode().orElseThrow();
        String name = fileName == null || fileName.isBlank() ? "upload." + format.name().toLowerCase() : fileName.strip();
        jobs.insert(new ImportJobRepository.Job(id, format, mode, policy, match, ImportState.QUEUED, name.length() > 200 ? name.substring(0, 200) : name,
                stored.size(), stored.sha256(), key, caller.clientId(), scope, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, Instant.now(),
                caller.username(), null, null, null, null, null, null, null, null, null));
        files.keep(stored, id);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("format", format);
        context.put("mode", mode);
        context.put("policy", policy);
        context.put("matchBy", match);
        context.put("bytes", stored.size());
        audit.record(AuditEntry.write("IMPORT_REQUESTED", JOB, id, null, scope, List.of()).withContext(context));
        queued.fire(new ImportQueued(id));
    }

    private void refuseAppliedTwice(String hash, UUID except) {
        Optional<UUID> applied = jobs.appliedWithHash(hash, except);
        if (applied.isPresent()) {
            throw ProblemException.conflict("IMPORT_ALREADY_APPLIED", "The same file is committed by import " + applied.get()
                    + "; roll that import back first to import the file again");
        }
    }

    @Transactional
    public ImportJobDto get(UUID id) {
        return dto(visible(id));
    }

    @Transactional
    public ImportJobPage list(PageQuery page) {
        String scope = scope();
        List<ImportJobDto> items = jobs.page(scope, page.size, page.offset()).stream().map(ImportService::dto).toList();
        return ImportJobPage.of(items, page, jobs.count(scope));
    }

    /** Writes a checked dry run: its valid records, or all of them under ALL_OR_NOTHING (refused when some are invalid). */
    @Transactional
    public ImportJobDto commit(UUID id) {
        ImportJobRepository.Job job = visible(id);
        if (job.state() != ImportState.VALIDATED) {
            throw ProblemException.conflict("IMPORT_NOT_COMMITTABLE", "Only a checked dry run (VALIDATED) can be committed; this import is " + job.state());
        }
        if (job.policy() == ImportPolicy.ALL_OR_NOTHING && job.recordsInvalid() > 0) {
            throw ProblemException.rule("IMPORT_HAS_INVALID_RECORDS", job.recordsInvalid() + " records are invalid and the policy is ALL_OR_NOTHING;"
                    + " correct the file and upload it again, or upload it with the policy VALID_ROWS_ONLY");
        }
        refuseAppliedTwice(job.contentHash(), job.id());
        if (!files.exists(job.id()) || !jobs.queueWriting(job.id())) {
            throw ProblemException.conflict("IMPORT_NOT_COMMITTABLE", "The import's file is no longer kept; upload it again");
        }
        audit.record(AuditEntry.write("IMPORT_COMMITTED", JOB, id, null, job.communeScope(), List.of()));
        queued.fire(new ImportQueued(id));
        return view(id);
    }

    @Transactional
    public ImportJobDto cancel(UUID id) {
        ImportJobRepository.Job job = visible(id);
        if (!jobs.cancel(id)) {
            throw ProblemException.conflict("IMPORT_NOT_CANCELLABLE", "The import is " + job.state() + "; only a queued, running or checked import can be cancelled");
        }
        audit.record(AuditEntry.write("IMPORT_CANCELLED", JOB, id, null, job.communeScope(), List.of()));
        files.delete(id);
        return view(id);
    }

    /**
     * Queues the undoing of everything the job wrote: the worker undoes it in one transaction (see
     * {@link ImportJobService#rollBack}), which takes minutes for a large batch. What can be told at once is refused at
     * once, with nothing queued: a job that is not finished or wrote nothing, a rollback already under way, a household
     * changed after the job wrote it (see {@link HouseholdBulkService#undo}).
     */
    @Transactional
    public ImportJobDto rollback(UUID id) {
        ImportJobRepository.Job job = visible(id);
        if (job.state() == ImportState.ROLLING_BACK) {
            throw ProblemException.conflict("IMPORT_NOT_ROLLBACKABLE", "The import is being rolled back already (asked for by "
                    + job.rollbackRequestedBy() + "); follow the job until it is ROLLED_BACK");
        }
        if (job.recordsWritten() == 0 || !job.state().rollbackable()) {
            throw ProblemException.conflict("IMPORT_NOT_ROLLBACKABLE", "Only a finished, cancelled or failed import that wrote households can be"
                    + " rolled back; this one is " + job.state() + " with " + job.recordsWritten() + " records written");
        }
        households.refuseChangedSince(id);
        if (!jobs.queueRollback(id, job.state(), caller.username())) {
            throw ProblemException.conflict("IMPORT_NOT_ROLLBACKABLE", "The import changed meanwhile; try again");
        }
        audit.record(AuditEntry.write("IMPORT_ROLLBACK_REQUESTED", JOB, id, null, job.communeScope(), List.of())
                .withContext(Map.of("from", job.state())));
        queued.fire(new ImportQueued(id));
        return view(id);
    }

    @Transactional
    public ImportProblemPage problems(UUID id, PageQuery page, boolean english) {
        ImportJobRepository.Job job = visible(id);
        audit.record(AuditEntry.read("IMPORT_PROBLEMS_READ", JOB, id, null, job.communeScope(), "import problems"));
        List<ImportProblemDto> items = jobs.problems(id, page.size, page.offset()).stream().map(p -> problem(p, english)).toList();
        return ImportProblemPage.of(items, page, jobs.countProblems(id));
    }

    /** The problems as a CSV or XLSX file, in file order, streamed from the database. */
    @Transactional
    public void problemReport(UUID id, DocumentFormat format, boolean english, OutputStream out) {
        ImportJobRepository.Job job = visible(id);
        audit.record(AuditEntry.read("IMPORT_PROBLEMS_EXPORTED", JOB, id, null, job.communeScope(), "import problem report"));
        List<String> headers = english ? List.of("Line", "Column", "Code", "Message", "Original")
                : List.of("Dòng", "Cột", "Mã lỗi", "Nội dung lỗi", "Dữ liệu gốc");
        if (format == DocumentFormat.CSV) {
            try {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write('\uFEFF');
                w.write(TableRecords.csvLine(headers));
                w.write("\r\n");
                jobs.streamProblems(id, Integer.MAX_VALUE, 0, p -> {
                    try {
                        w.write(TableRecords.csvLine(row(p, english).stream().map(v -> v == null ? "" : v.toString()).toList()));
                        w.write("\r\n");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        jobs.streamProblems(id, 1_048_000, 0, p -> rows.add(row(p, english)));
        List<Spreadsheet.Column> columns = List.of(new Spreadsheet.Column(headers.get(0), 8), new Spreadsheet.Column(headers.get(1), 24),
                new Spreadsheet.Column(headers.get(2), 26), new Spreadsheet.Column(headers.get(3), 60), new Spreadsheet.Column(headers.get(4), 80));
        new Spreadsheet(english ? "Problems" : "Lỗi", List.of((english ? "Import " : "Nhập dữ liệu ") + job.fileName()), columns)
                .write(rows, out);
    }

    private static List<Object> row(ImportJobRepository.StoredProblem p, boolean english) {
        List<Object> r = new ArrayList<>(5);
        r.add(p.lineNo());
        r.add(p.column() != null ? p.column() : p.pointer());
        r.add(p.code());
        r.add(english ? p.messageEn() : p.messageVi());
        r.add(p.original());
        return r;
    }

    private static ImportProblemDto problem(ImportJobRepository.StoredProblem p, boolean english) {
        return new ImportProblemDto(p.recordNo(), p.lineNo(), p.column(), p.pointer(), p.code(), english ? p.messageEn() : p.messageVi(),
                p.original());
    }

    /**
     * For the progress stream, after {@link #get} has checked that the caller may see the job: the job now. Runs on
     * the stream's timer, outside the request, so it uses nothing of the caller.
     */
    @Transactional
    public ImportJobDto progress(UUID id) {
        return view(id);
    }

    private ImportJobDto view(UUID id) {
        return dto(jobs.find(id).orElseThrow());
    }

    private ImportJobRepository.Job visible(UUID id) {
        String scope = scope();
        return jobs.find(id).filter(j -> scope == null || scope.equals(j.communeScope()))
                .orElseThrow(() -> ProblemException.notFound("IMPORT_NOT_FOUND", "No import " + id + " in your area"));
    }

    /** Null for district-wide callers; otherwise the commune whose imports the caller sees. */
    private String scope() {
        if (caller.districtWide()) {
            return null;
        }
        return caller.communeCode().orElse("-");
    }

    static ImportJobDto dto(ImportJobRepository.Job j) {
        return new ImportJobDto(j.id(), j.format(), j.mode(), j.policy(), j.matchBy(), j.state(), j.fileName(), j.fileSize(), j.contentHash(),
                j.recordsRead(), j.recordsValid(), j.recordsInvalid(), j.recordsWritten(), j.householdsCreated(), j.householdsUpdated(),
                j.membersWritten(), j.error(), j.requestedAt(), j.requestedBy(), j.startedAt(), j.validatedAt(), j.finishedAt(),
                j.rolledBackAt(), j.rolledBackBy(), j.rollbackRequestedAt(), j.rollbackRequestedBy(), RollbackProblems.read(j.rollbackProblemJson()));
    }
}
