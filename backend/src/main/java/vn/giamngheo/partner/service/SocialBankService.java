package vn.giamngheo.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.benefit.domain.ProgramKind;
import vn.giamngheo.benefit.domain.Step;
import vn.giamngheo.benefit.service.EntitlementService;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.partner.api.BatchResult;
import vn.giamngheo.partner.api.EligibleHousehold;
import vn.giamngheo.partner.api.EligibleHouseholdFeed;
import vn.giamngheo.partner.api.FeedQuery;
import vn.giamngheo.partner.api.LoanEvent;
import vn.giamngheo.partner.api.LoanEventBatch;
import vn.giamngheo.partner.domain.Cursor;
import vn.giamngheo.partner.persistence.PartnerRepository;

/** The Social Policy Bank (NHCSXH): households its loan programs grant out, loan events in. */
@ApplicationScoped
public class SocialBankService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String LOAN_EVENTS = "LOAN_EVENTS_POSTED";

    private final PartnerRepository partners;
    private final EntitlementService entitlements;
    private final Idempotency idempotency;
    private final AuditService audit;
    private final CallerScope caller;

    SocialBankService(PartnerRepository partners, EntitlementService entitlements, Idempotency idempotency, AuditService audit,
                      CallerScope caller) {
        this.partners = partners;
        this.entitlements = entitlements;
        this.idempotency = idempotency;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public EligibleHouseholdFeed eligibleHouseholds(String programCode, FeedQuery q) {
        if (programCode != null && !partners.loanPrograms().contains(programCode)) {
            throw ProblemException.invalid(List.of(FieldError.param("programCode", "UNKNOWN_LOAN_PROGRAM",
                    "is not one of the bank's loan programs: " + String.join(", ", partners.loanPrograms()))));
        }
        UUID after;
        try {
            after = Cursor.entitlementId(q.after);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(FieldError.param("after", "INVALID_CURSOR", "is not a cursor of this list; pass a nextCursor")));
        }
        List<EligibleHousehold> rows = partners.eligibleHouseholds(programCode, after, q.limit + 1, LocalDate.now(VIETNAM));
        boolean hasMore = rows.size() > q.limit;
        List<EligibleHousehold> page = hasMore ? rows.subList(0, q.limit) : rows;
        String next = page.isEmpty() ? q.after : page.get(page.size() - 1).entitlementId().toString();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("client", caller.clientId());
        if (programCode != null) {
            context.put("programCode", programCode);
        }
        if (q.after != null) {
            context.put("after", q.after);
        }
        if (next != null) {
            context.put("nextCursor", next);
        }
        context.put("limit", q.limit);
        context.put("returned", page.size());
        audit.record(AuditEntry.partner("ELIGIBLE_HOUSEHOLDS_PULLED", "ENTITLEMENT", "loan eligibility (NHCSXH)").withContext(context));
        return new EligibleHouseholdFeed(page, next, hasMore);
    }

    /** Each event is a step of the loan's entitlement through the benefit state machine; the batch runs once per key. */
    @Transactional
    public Answer recordLoanEvents(String idempotencyKey, LoanEventBatch batch) {
        String client = caller.clientId();
        Answer answer = idempotency.once(client, idempotencyKey, "loan-events", batch, () -> {
            List<EntitlementService.PartnerStep> steps = batch.items().stream().map(SocialBankService::step).toList();
            BatchResult result = Batches.result(steps, entitlements.partnerSteps(ProgramKind.LOAN, steps));
            audit.record(Batches.audit(LOAN_EVENTS, client, idempotencyKey, batch.items().size(), result));
            return result;
        });
        if (answer.replayed()) {
            audit.record(Batches.audit(LOAN_EVENTS, client, idempotencyKey, batch.items().size(), null));
        }
        return answer;
    }

    private static EntitlementService.PartnerStep step(LoanEvent e) {
        return new EntitlementService.PartnerStep(e.entitlementId(), e.event().step,
                new Step.Facts(e.occurredOn(), null, null, null, e.amountVnd(), e.repaymentStatus(), null), null);
    }
}
