package vn.giamngheo.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.domain.Change;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;
import vn.giamngheo.common.id.Ids;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.web.Versions;
import vn.giamngheo.monitoring.api.AttachmentDto;
import vn.giamngheo.monitoring.api.Completeness;
import vn.giamngheo.monitoring.api.IndicatorValueDto;
import vn.giamngheo.monitoring.api.PeriodStatusDto;
import vn.giamngheo.monitoring.api.ReportPeriodCreate;
import vn.giamngheo.monitoring.api.ReportPeriodDto;
import vn.giamngheo.monitoring.api.ReportPeriodList;
import vn.giamngheo.monitoring.api.SubmissionContentDto;
import vn.giamngheo.monitoring.api.SubmissionCreate;
import vn.giamngheo.monitoring.api.SubmissionDto;
import vn.giamngheo.monitoring.api.SubmissionEventDto;
import vn.giamngheo.monitoring.api.SubmissionList;
import vn.giamngheo.monitoring.api.SubmissionSummary;
import vn.giamngheo.monitoring.api.SubmissionVersionDto;
import vn.giamngheo.monitoring.api.SubmissionVersionList;
import vn.giamngheo.monitoring.api.TransitionRequest;
import vn.giamngheo.monitoring.api.UnitStatusDto;
import vn.giamngheo.monitoring.domain.IllegalTransition;
import vn.giamngheo.monitoring.domain.Indicators;
import vn.giamngheo.monitoring.domain.PeriodKind;
import vn.giamngheo.monitoring.domain.SubmissionAction;
import vn.giamngheo.monitoring.domain.SubmissionContent;
import vn.giamngheo.monitoring.domain.SubmissionState;
import vn.giamngheo.monitoring.domain.Timeliness;
import vn.giamngheo.monitoring.persistence.ProgramRepository;
import vn.giamngheo.monitoring.persistence.ReportAttachment;
import vn.giamngheo.monitoring.persistence.ReportPeriod;
import vn.giamngheo.monitoring.persistence.ReportSubmission;
import vn.giamngheo.monitoring.persistence.SubmissionEvent;
import vn.giamngheo.monitoring.persistence.SubmissionRepository;
import vn.giamngheo.monitoring.persistence.SubmissionVersion;

/**
 * Report periods and the units' submissions: pre-filled drafts, edits while draft or returned, the workflow
 * (submit → return with a comment → resubmit → accept; 409 ILLEGAL_TRANSITION otherwise), a version kept per hand-in,
 * PDF attachments, completeness and timeliness. Every change is audited.
 */
@ApplicationScoped
public class ReportingService {
    private final SubmissionRepository submissions;
    private final ProgramService program;
    private final RegistryService registry;
    private final ReportAccess access;
    private final AuditService audit;
    private final int attachmentMaxBytes;

    ReportingService(SubmissionRepository submissions, ProgramService program, RegistryService registry, ReportAccess access, AuditService audit,
                     @ConfigProperty(name = "giamngheo.monitoring.attachment-max-bytes", defaultValue = "1000000") int attachmentMaxBytes) {
        this.submissions = submissions;
        this.program = program;
        this.registry = registry;
        this.access = access;
        this.audit = audit;
        this.attachmentMaxBytes = attachmentMaxBytes;
    }

    public static LocalDate today() {
        return LocalDate.now(RegistryService.VIETNAM);
    }

    static LocalDate day(Instant i) {
        return i == null ? null : LocalDate.ofInstant(i, RegistryService.VIETNAM);
    }

    // ---- periods

    @Transactional
    public ReportPeriodList periods() {
        return new ReportPeriodList(submissions.periods().stream().map(this::periodDto).toList());
    }

    @Transactional
    public ReportPeriodDto period(UUID id) {
        return periodDto(period0(id));
    }

    @Transactional
    public ReportPeriodDto createPeriod(ReportPeriodCreate body) {
        access.requireStandingOffice();
        Map<String, ProgramRepository.UnitRow> units = program.unitsByCode();
        List<FieldError> errors = new ArrayList<>();
        if (body.kind() == PeriodKind.AD_HOC) {
            if (body.dueOn() == null) {
                errors.add(FieldError.body("/dueOn", "REQUIRED", "an ad-hoc report needs a due date"));
            }
            if (body.title() == null || body.title().isBlank()) {
                errors.add(FieldError.body("/title", "REQUIRED", "an ad-hoc report needs a title"));
            }
        }
        List<String> unitCodes = body.unitCodes() == null
                ? units.values().stream().filter(ProgramRepository.UnitRow::active).map(ProgramRepository.UnitRow::code).toList()
                : body.unitCodes().stream().distinct().toList();
        for (int i = 0; body.unitCodes() != null && i < body.unitCodes().size(); i++) {
            if (!units.containsKey(body.unitCodes().get(i))) {
                errors.add(FieldError.body("/unitCodes/" + i, "UNKNOWN_UNIT", "no reporting unit " + body.unitCodes().get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (body.kind() != PeriodKind.AD_HOC && submissions.regularPeriodExists(body.kind().name(), body.year())) {
            throw ProblemException.conflict("PERIOD_EXISTS", "The " + body.kind() + " report period of " + body.year() + " exists already");
        }
        ReportPeriod p = new ReportPeriod();
        p.id = Ids.next();
        p.kind = body.kind();
        p.year = body.year();
        p.dueOn = body.dueOn() != null ? body.dueOn() : body.kind().dueOn(body.year());
        p.title = body.title() != null && !body.title().isBlank() ? body.title().strip() : body.kind().titleVi(body.year());
        p.coversFrom = body.kind().coversFrom(body.year());
        p.coversTo = body.kind().coversTo(body.year(), p.dueOn);
        if (p.coversTo.isBefore(p.coversFrom)) {
            throw ProblemException.invalid(List.of(FieldError.body("/dueOn", "BEFORE_PERIOD", "must be in the report's year or later")));
        }
        p.unitCodes = unitCodes.toArray(String[]::new);
        p.createdAt = Instant.now();
        p.createdBy = access.username();
        submissions.persist(p);
        audit.record(AuditEntry.write("REPORT_PERIOD_OPENED", "REPORT_PERIOD", p.id, null, null,
                List.of(Change.of("kind", null, p.kind.name()), Change.of("year", null, p.year), Change.of("dueOn", null, p.dueOn.toString()),
                        Change.of("units", null, unitCodes.size()))));
        return periodDto(p);
    }

    /** The period with every unit that must report and where it stands; a unit's staff see their own unit. */
    @Transactional
    public PeriodStatusDto status(UUID periodId) {
        ReportPeriod p = period0(periodId);
        return new PeriodStatusDto(periodDto(p), unitStatuses(p, u -> true));
    }

    /** The units to remind: not handed in yet (pending or missing), or returned and not resubmitted; most overdue first. */
    @Transactional
    public PeriodStatusDto reminders(UUID periodId) {
        ReportPeriod p = period0(periodId);
        List<UnitStatusDto> due = new ArrayList<>(unitStatuses(p,
                u -> !u.timeliness().submitted() || u.state() == SubmissionState.RETURNED));
        due.sort((a, b) -> Long.compare(b.daysOverdue(), a.daysOverdue()));
        return new PeriodStatusDto(periodDto(p), due);
    }

    List<UnitStatusDto> unitStatuses(ReportPeriod p, Predicate<UnitStatusDto> keep) {
        Map<String, ProgramRepository.UnitRow> units = program.unitsByCode();
        Map<String, ReportSubmission> byUnit = new HashMap<>();
        for (ReportSubmission s : submissions.submissions(p.id)) {
            byUnit.put(s.unitCode, s);
        }
        LocalDate today = today();
        List<UnitStatusDto> out = new ArrayList<>();
        for (String code : p.unitCodes) {
            if (!access.sees(code)) {
                continue;
            }
            ProgramRepository.UnitRow u = units.get(code);
            ReportSubmission s = byUnit.get(code);
            LocalDate first = s == null ? null : day(s.firstSubmittedAt);
            UnitStatusDto dto = new UnitStatusDto(code, u == null ? code : u.nameVi(), u == null ? null : u.kind(), s == null ? null : s.id,
                    s == null ? null : s.state, Timeliness.of(p.dueOn, first, today), s == null ? null : s.firstSubmittedAt,
                    Timeliness.daysOverdue(p.dueOn, first, today), s == null || s.state != SubmissionState.RETURNED ? null : s.returnComment);
            if (keep.test(dto)) {
                out.add(dto);
            }
        }
        return out;
    }

    ReportPeriodDto periodDto(ReportPeriod p) {
        return new ReportPeriodDto(p.id, p.kind, p.year, p.title, p.coversFrom, p.coversTo, p.dueOn, Arrays.asList(p.unitCodes), completeness(p));
    }

    /** Counted over every unit that must report, whoever asks: the figures are the district's, not a unit's. */
    Completeness completeness(ReportPeriod p) {
        Map<String, ReportSubmission> byUnit = new HashMap<>();
        for (ReportSubmission s : submissions.submissions(p.id)) {
            byUnit.put(s.unitCode, s);
        }
        LocalDate today = today();
        long submitted = 0, onTime = 0, late = 0, missing = 0, pending = 0, accepted = 0, returned = 0;
        for (String code : p.unitCodes) {
            ReportSubmission s = byUnit.get(code);
            Timeliness t = Timeliness.of(p.dueOn, s == null ? null : day(s.firstSubmittedAt), today);
            switch (t) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case MISSING -> missing++;
                case PENDING -> pending++;
            }
            submitted += t.submitted() ? 1 : 0;
            accepted += s != null && s.state == SubmissionState.ACCEPTED ? 1 : 0;
            returned += s != null && s.state == SubmissionState.RETURNED ? 1 : 0;
        }
        long expected = p.unitCodes.length;
        return new Completeness(expected, submitted, onTime, late, missing, pending, accepted, returned,
                Indicators.ratePercent(submitted, expected), Indicators.ratePercent(onTime, expected));
    }

    ReportPeriod period0(UUID id) {
        return submissions.period(id).orElseThrow(() -> ProblemException.notFound("REPORT_PERIOD_NOT_FOUND", "No report period " + id));
    }

    // ---- submissions

    @Transactional
    public SubmissionList submissions(UUID periodId) {
        ReportPeriod p = period0(periodId);
        Map<String, ProgramRepository.UnitRow> units = program.unitsByCode();
        LocalDate today = today();
        return new SubmissionList(submissions.submissions(p.id).stream().filter(s -> access.sees(s.unitCode)).map(s -> {
            SubmissionContent c = ContentJson.content(s.content);
            return new SubmissionSummary(s.id, s.periodId, s.unitCode, unitName(units, s.unitCode), s.state,
                    Timeliness.of(p.dueOn, day(s.firstSubmittedAt), today), s.firstSubmittedAt, s.lastSubmittedAt,
                    c.differingFrom(ContentJson.values(s.registry)).size());
        }).toList());
    }

    @Transactional
    public SubmissionDto create(UUID periodId, SubmissionCreate body) {
        ReportPeriod p = period0(periodId);
        access.requireOwnUnit(body.unitCode());
        if (!Arrays.asList(p.unitCodes).contains(body.unitCode())) {
            throw ProblemException.rule("UNIT_NOT_REQUESTED", "Unit " + body.unitCode() + " is not asked to report for this period");
        }
        if (submissions.submission(periodId, body.unitCode()).isPresent()) {
            throw ProblemException.conflict("SUBMISSION_EXISTS", "Unit " + body.unitCode() + " has started its report for this period already");
        }
        ProgramRepository.UnitRow unit = program.unitsByCode().get(body.unitCode());
        Prefill prefill = prefill(unit, p.year);
        ReportSubmission s = new ReportSubmission();
        s.id = Ids.next();
        s.periodId = p.id;
        s.unitCode = unit.code();
        s.state = SubmissionState.DRAFT;
        s.content = ContentJson.write(SubmissionContent.prefilled(prefill.values()));
        s.registry = ContentJson.writeValues(prefill.values());
        s.registryBasis = prefill.basis();
        s.createdAt = Instant.now();
        s.createdBy = access.username();
        s.updatedAt = s.createdAt;
        s.updatedBy = s.createdBy;
        submissions.persist(s);
        event(s, "CREATE", null, SubmissionState.DRAFT, null);
        audit.record(AuditEntry.write("REPORT_SUBMISSION_CREATED", "REPORT_SUBMISSION", s.id, null, unit.communeCode(),
                List.of(Change.of("unitCode", null, unit.code()), Change.of("periodId", null, p.id.toString()))));
        submissions.flush();
        return dto(s, p);
    }

    @Transactional
    public SubmissionDto get(UUID id) {
        ReportSubmission s = visible(id);
        return dto(s, period0(s.periodId));
    }

    @Transactional
    public SubmissionDto update(UUID id, String ifMatch, SubmissionContentDto body) {
        long expected = Versions.requireIfMatch(ifMatch);
        ReportSubmission s = visible(id);
        access.requireOwnUnit(s.unitCode);
        Versions.check(expected, s.version);
        if (!s.state.editable()) {
            throw illegal("A report in state " + s.state + " cannot be changed" + (s.state == SubmissionState.ACCEPTED ? ": it has been accepted"
                    : ": it waits for the standing office"));
        }
        ReportPeriod p = period0(s.periodId);
        ProgramRepository.UnitRow unit = program.unitsByCode().get(s.unitCode);
        validate(body, unit);
        SubmissionContent before = ContentJson.content(s.content);
        SubmissionContent after = ContentJson.toDomain(body);
        Prefill prefill = prefill(unit, p.year);
        s.content = ContentJson.write(after);
        s.registry = ContentJson.writeValues(prefill.values());
        s.registryBasis = prefill.basis();
        touch(s);
        List<Change> changes = after.changesSince(before).stream()
                .map(c -> Change.of(c.field(), text(c.before()), text(c.after()))).toList();
        audit.record(AuditEntry.write("REPORT_SUBMISSION_CHANGED", "REPORT_SUBMISSION", s.id, null, unit.communeCode(), changes));
        submissions.flush();
        return dto(s, p);
    }

    @Transactional
    public SubmissionDto transition(UUID id, TransitionRequest body) {
        ReportSubmission s = visible(id);
        if (body.action().byStandingOffice()) {
            access.requireStandingOffice();
        } else {
            access.requireOwnUnit(s.unitCode);
        }
        String comment = body.comment() == null || body.comment().isBlank() ? null : body.comment().strip();
        if (body.action() == SubmissionAction.RETURN && comment == null) {
            throw ProblemException.invalid(List.of(FieldError.body("/comment", "REQUIRED", "say what the unit must correct")));
        }
        SubmissionState from = s.state;
        SubmissionState to;
        try {
            to = from.after(body.action());
        } catch (IllegalTransition e) {
            throw illegal(e.getMessage());
        }
        Instant now = Instant.now();
        switch (body.action()) {
            case SUBMIT -> {
                if (s.firstSubmittedAt == null) {
                    s.firstSubmittedAt = now;
                }
                s.lastSubmittedAt = now;
                SubmissionVersion v = new SubmissionVersion();
                v.id = Ids.next();
                v.submissionId = s.id;
                v.number = submissions.versions(s.id).size() + 1;
                v.content = s.content;
                v.registry = s.registry;
                v.submittedAt = now;
                v.submittedBy = access.username();
                submissions.persist(v);
            }
            case RETURN -> {
                s.returnComment = comment;
                s.returnedAt = now;
                s.returnedBy = access.username();
            }
            case ACCEPT -> {
                s.acceptedAt = now;
                s.acceptedBy = access.username();
            }
        }
        s.state = to;
        touch(s);
        event(s, body.action().name(), from, to, comment);
        ProgramRepository.UnitRow unit = program.unitsByCode().get(s.unitCode);
        audit.record(AuditEntry.write("REPORT_SUBMISSION_" + body.action().name(), "REPORT_SUBMISSION", s.id, null,
                unit == null ? null : unit.communeCode(), List.of(Change.of("state", from.name(), to.name()))));
        submissions.flush();
        return dto(s, period0(s.periodId));
    }

    /** Every version handed in, oldest first, each with the fields changed since the one before. */
    @Transactional
    public SubmissionVersionList versions(UUID id) {
        ReportSubmission s = visible(id);
        List<SubmissionVersionDto> out = new ArrayList<>();
        SubmissionContent previous = null;
        for (SubmissionVersion v : submissions.versions(s.id)) {
            SubmissionContent c = ContentJson.content(v.content);
            List<SubmissionVersionDto.Change> changes = previous == null ? List.of() : c.changesSince(previous).stream()
                    .map(ch -> new SubmissionVersionDto.Change(ch.field(), text(ch.before()), text(ch.after()))).toList();
            out.add(new SubmissionVersionDto(v.number, v.submittedAt, v.submittedBy, ContentJson.dto(c), changes));
            previous = c;
        }
        return new SubmissionVersionList(out);
    }

    // ---- attachments

    @Transactional
    public AttachmentDto attach(UUID id, String fileName, String contentType, byte[] content) {
        ReportSubmission s = visible(id);
        access.requireOwnUnit(s.unitCode);
        if (!s.state.editable()) {
            throw illegal("Attachments can only be added while the report is a draft or returned; it is " + s.state);
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!"application/pdf".equals(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "ATTACHMENT_NOT_PDF", "Attachments must be PDF (application/pdf)");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.invalid(List.of(FieldError.body("", "EMPTY", "the file is empty")));
        }
        if (content.length > attachmentMaxBytes) {
            throw new ProblemException(ProblemType.TOO_LARGE, "ATTACHMENT_TOO_LARGE",
                    "An attachment may have at most " + attachmentMaxBytes + " bytes; this one has " + content.length);
        }
        if (!startsWithPdfSignature(content)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "ATTACHMENT_NOT_PDF",
                    "The file does not start like a PDF document (%PDF-)");
        }
        String name = safeFileName(fileName);
        ReportAttachment a = new ReportAttachment();
        a.id = Ids.next();
        a.submissionId = s.id;
        a.fileName = name;
        a.contentType = "application/pdf";
        a.sizeBytes = content.length;
        a.sha256 = sha256(content);
        a.content = content;
        a.uploadedAt = Instant.now();
        a.uploadedBy = access.username();
        submissions.persist(a);
        touch(s);
        audit.record(AuditEntry.write("REPORT_ATTACHMENT_ADDED", "REPORT_SUBMISSION", s.id, null, null,
                List.of(Change.of("attachment", null, name + " (" + content.length + " bytes)"))));
        return new AttachmentDto(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy);
    }

    public record AttachmentFile(String fileName, byte[] content) {
    }

    @Transactional
    public AttachmentFile attachment(UUID id, UUID attachmentId) {
        ReportSubmission s = visible(id);
        ReportAttachment a = submissions.attachment(s.id, attachmentId)
                .orElseThrow(() -> ProblemException.notFound("ATTACHMENT_NOT_FOUND", "No attachment " + attachmentId + " on this report"));
        return new AttachmentFile(a.fileName, a.content);
    }

    @Transactional
    public void deleteAttachment(UUID id, UUID attachmentId) {
        ReportSubmission s = visible(id);
        access.requireOwnUnit(s.unitCode);
        ReportAttachment a = submissions.attachment(s.id, attachmentId)
                .orElseThrow(() -> ProblemException.notFound("ATTACHMENT_NOT_FOUND", "No attachment " + attachmentId + " on this report"));
        if (!s.state.editable()) {
            throw illegal("Attachments can only be removed while the report is a draft or returned; it is " + s.state);
        }
        submissions.delete(a);
        touch(s);
        audit.record(AuditEntry.write("REPORT_ATTACHMENT_REMOVED", "REPORT_SUBMISSION", s.id, null, null,
                List.of(Change.of("attachment", a.fileName, null))));
    }

    // ---- helpers

    record Prefill(Map<String, BigDecimal> values, String basis) {
    }

    /** The registry's values of the registry indicators the unit reports: a commune's own, the district's for a department. */
    Prefill prefill(ProgramRepository.UnitRow unit, int year) {
        List<String> codes = program.indicators().stream().filter(i -> "REGISTRY".equals(i.source()) && i.reportedBy(unit))
                .map(ProgramRepository.IndicatorRow::code).toList();
        if (codes.isEmpty()) {
            return new Prefill(Map.of(), "Không có chỉ tiêu lấy từ sổ hộ cho đơn vị này");
        }
        boolean commune = "COMMUNE".equals(unit.kind());
        RegistryService.Figures f = registry.figures(year, commune ? AreaFilter.only(unit.communeCode()) : AreaFilter.ALL);
        return new Prefill(RegistryService.values(f, commune ? unit.communeCode() : null, codes), f.basis());
    }

    private void validate(SubmissionContentDto body, ProgramRepository.UnitRow unit) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, ProgramRepository.IndicatorRow> indicators = new LinkedHashMap<>();
        program.indicators().forEach(i -> indicators.put(i.code(), i));
        body.indicators().forEach((code, value) -> {
            ProgramRepository.IndicatorRow i = indicators.get(code);
            if (i == null) {
                errors.add(FieldError.body("/indicators/" + code, "UNKNOWN_INDICATOR", "no indicator " + code));
            } else if (!i.reportedBy(unit)) {
                errors.add(FieldError.body("/indicators/" + code, "NOT_REPORTED_BY_UNIT", unit.code() + " does not report " + code));
            } else if ("PERCENT".equals(i.unit()) && value != null && value.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(FieldError.body("/indicators/" + code, "ABOVE_100_PERCENT", "a rate cannot exceed 100"));
            } else if (!"PERCENT".equals(i.unit()) && value != null && value.stripTrailingZeros().scale() > 0) {
                errors.add(FieldError.body("/indicators/" + code, "NOT_WHOLE", "must be a whole number"));
            }
        });
        Map<String, ProgramRepository.ProjectRow> projects = new HashMap<>();
        program.projects().forEach(p -> projects.put(p.code(), p));
        Set<String> sources = new HashSet<>();
        program.fundingSources().forEach(f -> sources.add(f.code()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < body.budget().size(); i++) {
            SubmissionContentDto.BudgetLineDto b = body.budget().get(i);
            ProgramRepository.ProjectRow project = projects.get(b.projectCode());
            if (project == null) {
                errors.add(FieldError.body("/budget/" + i + "/projectCode", "UNKNOWN_PROJECT", "no project " + b.projectCode()));
            } else if (!project.runsHere()) {
                errors.add(FieldError.body("/budget/" + i + "/projectCode", "PROJECT_NOT_RUN",
                        "project " + project.number() + " does not run in the district: " + project.notRunReasonEn()));
            }
            if (!sources.contains(b.sourceCode())) {
                errors.add(FieldError.body("/budget/" + i + "/sourceCode", "UNKNOWN_SOURCE", "no funding source " + b.sourceCode()));
            }
            if (!seen.add(b.projectCode() + "/" + b.sourceCode())) {
                errors.add(FieldError.body("/budget/" + i, "DUPLICATE_LINE", "one line per project and source"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    ReportSubmission visible(UUID id) {
        return submissions.submission(id).filter(s -> access.sees(s.unitCode))
                .orElseThrow(() -> ProblemException.notFound("SUBMISSION_NOT_FOUND", "No report submission " + id));
    }

    SubmissionDto dto(ReportSubmission s, ReportPeriod p) {
        Map<String, ProgramRepository.UnitRow> units = program.unitsByCode();
        ProgramRepository.UnitRow unit = units.get(s.unitCode);
        SubmissionContent c = ContentJson.content(s.content);
        Map<String, BigDecimal> reg = ContentJson.values(s.registry);
        List<IndicatorValueDto> values = new ArrayList<>();
        for (ProgramRepository.IndicatorRow i : program.indicators()) {
            if (unit != null && i.reportedBy(unit)) {
                BigDecimal typed = c.indicators().get(i.code());
                BigDecimal known = reg.get(i.code());
                values.add(new IndicatorValueDto(i.code(), i.group(), i.nameVi(), i.nameEn(), i.unit(), i.source(), typed, known,
                        Indicators.differs(typed, known)));
            }
        }
        SubmissionContentDto content = ContentJson.dto(c);
        List<SubmissionEventDto> events = submissions.events(s.id).stream()
                .map(e -> new SubmissionEventDto(e.action, e.fromState, e.toState, e.comment, e.occurredAt, e.actor)).toList();
        List<AttachmentDto> attachments = submissions.attachments(s.id).stream()
                .map(a -> new AttachmentDto(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploadedAt(), a.uploadedBy())).toList();
        return new SubmissionDto(s.id, s.periodId, s.unitCode, unitName(units, s.unitCode), s.state, s.version, values, content.narratives(),
                content.budget(), s.registryBasis, Timeliness.of(p.dueOn, day(s.firstSubmittedAt), today()), s.firstSubmittedAt, s.lastSubmittedAt,
                s.returnComment, s.returnedAt, s.acceptedAt, s.acceptedBy, attachments, events, submissions.versions(s.id).size(), s.state.editable());
    }

    private void event(ReportSubmission s, String action, SubmissionState from, SubmissionState to, String comment) {
        SubmissionEvent e = new SubmissionEvent();
        e.id = Ids.next();
        e.submissionId = s.id;
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.comment = comment;
        e.occurredAt = Instant.now();
        e.actor = access.username();
        submissions.persist(e);
    }

    private void touch(ReportSubmission s) {
        s.updatedAt = Instant.now();
        s.updatedBy = access.username();
    }

    static String unitName(Map<String, ProgramRepository.UnitRow> units, String code) {
        ProgramRepository.UnitRow u = units.get(code);
        return u == null ? code : u.nameVi();
    }

    static ProblemException illegal(String detail) {
        return ProblemException.conflict("ILLEGAL_TRANSITION", detail);
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : o.toString();
    }

    private static boolean startsWithPdfSignature(byte[] content) {
        byte[] sig = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        if (content.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if (content[i] != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the name's letters (Vietnamese too), digits, dots, dashes and spaces; ends in .pdf. */
    static String safeFileName(String name) {
        String base = name == null ? "" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        base = base.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N}._ -]", "").strip();
        if (base.isEmpty() || base.equals(".pdf")) {
            base = "dinh-kem.pdf";
        }
        if (!base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            base = base + ".pdf";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The accepted submissions of a period with their content, for consolidation. */
    List<ReportSubmission> accepted(UUID periodId) {
        return submissions.submissions(periodId).stream().filter(s -> s.state == SubmissionState.ACCEPTED).toList();
    }

}
