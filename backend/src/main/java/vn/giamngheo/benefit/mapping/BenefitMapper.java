package vn.giamngheo.benefit.mapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.giamngheo.benefit.api.BenefitProgramDto;
import vn.giamngheo.benefit.api.BenefitRuleDto;
import vn.giamngheo.benefit.api.EntitlementDto;
import vn.giamngheo.benefit.api.EntitlementEventDto;
import vn.giamngheo.benefit.domain.BenefitProgram;
import vn.giamngheo.benefit.domain.BenefitRule;
import vn.giamngheo.benefit.persistence.Entitlement;
import vn.giamngheo.benefit.persistence.EntitlementEvent;

/** Hand-written: rules are domain records read from SQL, and an entitlement's view joins its member's name and its history. */
public final class BenefitMapper {
    private BenefitMapper() {
    }

    public static BenefitProgramDto toDto(BenefitProgram p) {
        return new BenefitProgramDto(p.code(), p.kind(), p.nameVi(), p.nameEn(), p.leadUnit(), p.legalCitation(), p.note(),
                p.rules().stream().map(BenefitMapper::toDto).toList());
    }

    public static BenefitRuleDto toDto(BenefitRule r) {
        return new BenefitRuleDto(r.code(), r.legalCitation(), r.validFrom(), r.validTo(), r.target(), List.copyOf(r.statuses()),
                r.minAgeYears(), r.maxAgeYears(), r.learner(), r.requiresDisability(), r.requiresEthnicMinority(), r.derived(),
                r.supportRatePercent(), r.provincialTopUpPercent(), r.amountCapVnd(), r.monthlyAmountVnd(), r.interestRatePercent(),
                r.escapeWindowMonths(), r.validity(), r.oncePerPerson(), r.priority(), r.terms(), r.note(), List.copyOf(r.unconfirmed()));
    }

    public static EntitlementDto toDto(Entitlement e, Map<UUID, String> names, List<EntitlementEvent> events) {
        return new EntitlementDto(e.id, e.programCode, e.ruleCode, e.householdId, e.communeCode, e.memberId, e.personId,
                e.memberId == null ? null : names.get(e.memberId), e.supportRatePercent, e.amountCapVnd, e.monthlyAmountVnd, e.validFrom,
                e.validTo, e.state, e.cardNumber, e.cardValidFrom, e.cardValidTo, e.loanAmountVnd, e.repaymentStatus, e.employedAfter,
                e.endedOn, e.endReason, e.createdAt, e.createdBy, e.updatedAt, e.updatedBy,
                events.stream().filter(ev -> ev.entitlementId.equals(e.id)).map(BenefitMapper::toDto).toList());
    }

    public static EntitlementEventDto toDto(EntitlementEvent ev) {
        return new EntitlementEventDto(ev.kind, ev.fromState, ev.toState, ev.occurredOn, ev.detail, ev.recordedAt, ev.recordedBy);
    }
}
