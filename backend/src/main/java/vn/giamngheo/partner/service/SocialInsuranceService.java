package vn.giamngheo.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.audit.domain.AuditEntry;
import vn.giamngheo.audit.service.AuditService;
import vn.giamngheo.benefit.domain.ProgramKind;
import vn.giamngheo.benefit.domain.Step;
import vn.giamngheo.benefit.service.EntitlementService;
import vn.giamngheo.common.error.FieldError;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.security.CallerScope;
import vn.giamngheo.partner.api.BatchResult;
import vn.giamngheo.partner.api.CardIssuance;
import vn.giamngheo.partner.api.CardIssuanceBatch;
import vn.giamngheo.partner.api.FeedQuery;
import vn.giamngheo.partner.api.InsuranceChange;
import vn.giamngheo.partner.api.InsuranceChangeFeed;
import vn.giamngheo.partner.domain.Cursor;
import vn.giamngheo.partner.persistence.PartnerRepository;

/** The Social Insurance office (BHXH): premium-support changes out, issued cards in. */
@ApplicationScoped
public class SocialInsuranceService {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ENTITLEMENT = "ENTITLEMENT";
    private static final String CARD_ISSUANCES = "CARD_ISSUANCES_POSTED";

    private final PartnerRepository partners;
    private final EntitlementService entitlements;
    private final Idempotency idempotency;
    private final AuditService audit;
    private final CallerScope caller;

    SocialInsuranceService(PartnerRepository partners, EntitlementService entitlements, Idempotency idempotency, AuditService audit,
                           CallerScope caller) {
        this.partners = partners;
        this.entitlements = entitlements;
        this.idempotency = idempotency;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public InsuranceChangeFeed changes(FeedQuery q) {
        long after;
        try {
            after = Cursor.changeSeq(q.after);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(FieldError.param("after", "INVALID_CURSOR", "is not a cursor of this feed; pass a nextCursor")));
        }
        List<PartnerRepository.Numbered<InsuranceChange>> rows = partners.insuranceChanges(after, q.limit + 1);
        boolean hasMore = rows.size() > q.limit;
        List<PartnerRepository.Numbered<InsuranceChange>> page = hasMore ? rows.subList(0, q.limit) : rows;
        String next = String.valueOf(page.isEmpty() ? after : page.get(page.size() - 1).seq());
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("client", caller.clientId());
        context.put("after", after);
        context.put("nextCursor", next);
        context.put("limit", q.limit);
        context.put("returned", page.size());
        audit.record(AuditEntry.partner("INSURANCE_CHANGES_PULLED", ENTITLEMENT, "health-insurance cards (BHXH)").withContext(context));
        return new InsuranceChangeFeed(page.stream().map(PartnerRepository.Numbered::item).toList(), next, hasMore);
    }

    /** Each applied card fulfils its entitlement through the benefit state machine; the batch runs once per key. */
    @Transactional
    public Answer issueCards(String idempotencyKey, CardIssuanceBatch batch) {
        String client = caller.clientId();
        Answer answer = idempotency.once(client, idempotencyKey, "card-issuances", batch, () -> {
            LocalDate today = LocalDate.now(VIETNAM);
            List<EntitlementService.PartnerStep> steps = batch.items().stream().map(c -> step(c, today)).toList();
            BatchResult result = Batches.result(steps, entitlements.partnerSteps(ProgramKind.HEALTH_INSURANCE, steps));
            audit.record(Batches.audit(CARD_ISSUANCES, client, idempotencyKey, batch.items().size(), result));
            return result;
        });
        if (answer.replayed()) {
            audit.record(Batches.audit(CARD_ISSUANCES, client, idempotencyKey, batch.items().size(), null));
        }
        return answer;
    }

    private static EntitlementService.PartnerStep step(CardIssuance c, LocalDate today) {
        return new EntitlementService.PartnerStep(c.entitlementId(), Step.FULFILLED,
                new Step.Facts(today, c.cardNumber(), c.validFrom(), c.validTo(), null, null, null), c.supportRatePercent());
    }
}
