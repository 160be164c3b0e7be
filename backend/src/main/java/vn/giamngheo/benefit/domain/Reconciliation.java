package vn.giamngheo.benefit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a recompute changes: new grants become entitlements, grants the rules still give keep their entitlement
 * (and its fulfilment), the rest end. A card is issued per period, so a health-insurance grant for a new period is a
 * new entitlement; loans, schooling and the like go on while the same rule grants them.
 */
public final class Reconciliation {
    private Reconciliation() {
    }

    /** A live entitlement as the recompute sees it. */
    public record Live(UUID id, String programCode, String ruleCode, UUID subject, LocalDate validFrom, LocalDate validTo,
                       BigDecimal supportRatePercent, Long amountCapVnd, Long monthlyAmountVnd, Validity validity) {
    }

    public record Update(UUID id, Grant grant) {
    }

    public record End(UUID id, String reason) {
    }

    public record Changes(List<Grant> create, List<Update> update, List<End> end) {
    }

    public static Changes of(List<Live> live, List<Grant> grants, String noLongerReason) {
        Map<String, Live> bySubject = new HashMap<>();
        live.forEach(l -> bySubject.put(l.programCode() + "/" + l.subject(), l));
        List<Grant> create = new ArrayList<>();
        List<Update> update = new ArrayList<>();
        List<End> end = new ArrayList<>();
        for (Grant g : grants) {
            Live l = bySubject.remove(g.programCode() + "/" + g.subject());
            if (l == null) {
                create.add(g);
            } else if (!l.ruleCode().equals(g.ruleCode())) {
                end.add(new End(l.id(), "Replaced by rule " + g.ruleCode()));
                create.add(g);
            } else if (l.validity() == Validity.TO_END_OF_NEXT_YEAR && !l.validFrom().equals(g.validFrom())) {
                end.add(new End(l.id(), "A new period from " + g.validFrom()));
                create.add(g);
            } else if (!Objects.equals(l.validTo(), g.validTo()) || !sameRate(l.supportRatePercent(), g.supportRatePercent())
                    || !Objects.equals(l.amountCapVnd(), g.amountCapVnd()) || !Objects.equals(l.monthlyAmountVnd(), g.monthlyAmountVnd())) {
                update.add(new Update(l.id(), g));
            }
        }
        bySubject.values().forEach(l -> end.add(new End(l.id(), noLongerReason)));
        return new Changes(create, update, end);
    }

    private static boolean sameRate(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
