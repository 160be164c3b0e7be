package vn.giamngheo.classification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.giamngheo.area.api.AreaDto;
import vn.giamngheo.area.service.AreaService;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.classification.api.WhatIfChangePage;
import vn.giamngheo.classification.api.WhatIfChangeQuery;
import vn.giamngheo.classification.api.WhatIfDraftDto;
import vn.giamngheo.classification.api.WhatIfRunCreate;
import vn.giamngheo.classification.api.WhatIfRunDto;
import vn.giamngheo.classification.api.WhatIfRunPage;
import vn.giamngheo.classification.api.WhatIfRunSummary;
import vn.giamngheo.classification.domain.PovertyStandard;
import vn.giamngheo.classification.domain.WhatIfTally;
import vn.giamngheo.classification.mapping.WhatIfMapper;
import vn.giamngheo.classification.persistence.PovertyStandardRepository;
import vn.giamngheo.classification.persistence.WhatIfRepository;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.id.Ids;
import vn.giamngheo.common.paging.PageQuery;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.common.security.CallerScope;

/**
 * What-if re-classification as the district sees it: request a run, follow it, list the households that would
 * change. The work itself is done by {@link WhatIfWorker}.
 */
@ApplicationScoped
public class WhatIfService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String RUN = "WHAT_IF_RUN";

    private final WhatIfRepository runs;
    private final PovertyStandardRepository standards;
    private final AreaService areas;
    private final AuditService audit;
    private final CallerScope caller;
    private final ObjectMapper json;
    private final Event<WhatIfRunQueued> queued;

    WhatIfService(WhatIfRepository runs, PovertyStandardRepository standards, AreaService areas, AuditService audit, CallerScope caller,
                  ObjectMapper json, Event<WhatIfRunQueued> queued) {
        this.runs = runs;
        this.standards = standards;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.json = json;
        this.queued = queued;
    }

    @Transactional
    public WhatIfRunDto request(WhatIfRunCreate in) {
        LocalDate date = in.referenceDate() != null ? in.referenceDate() : LocalDate.now(VIETNAM);
        PovertyStandard standard = PovertyStandardService.choose(standards.findAll(), in.standardCode(), date, false);
        if (in.draft() != null) {
            List<FieldError> errors = WhatIfMapper.toDomain(in.draft()).check(standard).stream()
                    .map(v -> FieldError.body("/draft" + v.pointer(), v.code(), v.detail())).toList();
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
        }
        UUID id = Ids.next();
        runs.insert(id, standard.code(), date, WhatIfSettings.json(in.draft(), json), caller.username(), Instant.now());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("standardCode", standard.code());
        context.put("referenceDate", date.toString());
        context.put("draft", in.draft() != null);
        audit.record(AuditEntry.write("WHAT_IF_RUN_REQUESTED", RUN, id, null, null, List.of()).withContext(context));
        queued.fire(new WhatIfRunQueued(id));
        return get(id);
    }

    @Transactional
    public WhatIfRunDto get(UUID id) {
        WhatIfRepository.Run run = visible(id);
        WhatIfDraftDto draft = WhatIfSettings.draft(run, json);
        PovertyStandard standard = WhatIfSettings.standard(run, draft, standards.findAll());
        List<WhatIfTally.CommuneSummary> communes = WhatIfTally.summarize(inScope(runs.tallies(List.of(id)).get(id)));
        return WhatIfMapper.toDto(run, draft, standard, communes, code -> areas.find(code).map(AreaDto::name).orElse(code));
    }

    @Transactional
    public WhatIfRunPage list(PageQuery page) {
        List<WhatIfRepository.Run> items = runs.page(page);
        Map<UUID, List<WhatIfTally.Count>> counts = runs.tallies(items.stream().map(WhatIfRepository.Run::id).toList());
        List<WhatIfRunSummary> out = items.stream()
                .map(r -> WhatIfMapper.toSummary(r, WhatIfTally.total(WhatIfTally.summarize(inScope(counts.get(r.id())))).changed()))
                .toList();
        return WhatIfRunPage.of(out, page, runs.count());
    }

    /** Personal data: scoped to the caller's area like the registry, and every read is audited. */
    @Transactional
    public WhatIfChangePage changes(UUID id, WhatIfChangeQuery q, PageQuery page) {
        visible(id);
        AreaFilter area = caller.areaFilter(q.communeCode);
        List<WhatIfRepository.ChangeView> items = area.isEmpty() ? List.of() : runs.changes(id, area, q.fromStatus, q.toStatus, page);
        long total = area.isEmpty() ? 0 : runs.countChanges(id, area, q.fromStatus, q.toStatus);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("communeCode", q.communeCode);
        filters.put("fromStatus", q.fromStatus);
        filters.put("toStatus", q.toStatus);
        filters.put("page", page.page);
        filters.values().removeIf(Objects::isNull);
        audit.record(AuditEntry.read("WHAT_IF_CHANGES_READ", RUN, id, null, area.communeCode(), "what-if re-classification")
                .withContext(Map.of("filters", filters, "returned", items.size())));
        return WhatIfChangePage.of(items.stream().map(WhatIfMapper::toDto).toList(), page, total);
    }

    private WhatIfRepository.Run visible(UUID id) {
        return runs.find(id).orElseThrow(() -> ProblemException.notFound("WHAT_IF_RUN_NOT_FOUND", "No what-if run " + id));
    }

    private List<WhatIfTally.Count> inScope(List<WhatIfTally.Count> counts) {
        return counts.stream().filter(c -> caller.covers(c.communeCode())).toList();
    }
}
