package vn.giamngheo.benefit.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.household.domain.Disability;
import vn.giamngheo.household.domain.Ethnicity;

/**
 * Turns a household's latest frozen status and its members' facts on a date into grants, one per program and
 * person (or household): where several rules of a program apply, the one with the lowest priority wins (Decision
 * 46/2015: "the highest rate if several groups apply"). Rules the registry cannot decide (pregnancy) are skipped.
 */
public final class EligibilityEngine {
    private final List<BenefitRule> rules;

    public EligibilityEngine(List<BenefitRule> rules) {
        this.rules = rules.stream().filter(BenefitRule::derived)
                .sorted(Comparator.comparing(BenefitRule::programCode).thenComparingInt(BenefitRule::priority)).toList();
    }

    public List<Grant> grants(HouseholdFacts h, LocalDate on) {
        if (h.archived() || h.latest() == null) {
            return List.of();
        }
        List<Grant> out = new ArrayList<>();
        Set<String> granted = new HashSet<>();
        for (BenefitRule rule : rules) {
            if (!rule.inForceOn(on)) {
                continue;
            }
            Standing standing = standing(rule, h, on);
            if (standing == null) {
                continue;
            }
            if (rule.target() == Target.HOUSEHOLD) {
                if (h.members().stream().anyMatch(p -> personMatches(rule, p, on)) || !hasPersonConditions(rule)) {
                    add(out, granted, grant(rule, h, null, standing), on);
                }
                continue;
            }
            for (HouseholdFacts.Person p : h.members()) {
                if (personMatches(rule, p, on)) {
                    add(out, granted, grant(rule, h, p, standing), on);
                }
            }
        }
        return out;
    }

    /** The first (best) rule of a program for a subject wins; grants that already ended are not given. */
    private static void add(List<Grant> out, Set<String> granted, Grant g, LocalDate on) {
        if (g.validTo() != null && g.validTo().isBefore(on)) {
            return;
        }
        if (granted.add(g.programCode() + "/" + g.subject())) {
            out.add(g);
        }
    }

    /** How the household meets the rule's statuses; null when it does not. */
    private record Standing(boolean viaEscape) {
    }

    private static Standing standing(BenefitRule rule, HouseholdFacts h, LocalDate on) {
        PovertyStatus status = h.latest().status();
        for (EligibilityStatus wanted : rule.statuses()) {
            boolean direct = switch (wanted) {
                case POOR -> status == PovertyStatus.POOR;
                case NEAR_POOR -> status == PovertyStatus.NEAR_POOR;
                case MIDDLE_INCOME -> status == PovertyStatus.MIDDLE_INCOME;
                case RECENTLY_ESCAPED -> false;
            };
            if (direct) {
                return new Standing(false);
            }
        }
        if (rule.statuses().contains(EligibilityStatus.RECENTLY_ESCAPED) && recentlyEscaped(h, rule.escapeWindowMonths(), on)) {
            return new Standing(true);
        }
        return null;
    }

    /** On neither list now, and left one less than the window ago (Decision 28/2015: at most 3 years). */
    static boolean recentlyEscaped(HouseholdFacts h, int windowMonths, LocalDate on) {
        PovertyStatus status = h.latest().status();
        if (status == PovertyStatus.POOR || status == PovertyStatus.NEAR_POOR || h.lastEscapedOn() == null) {
            return false;
        }
        return !on.isBefore(h.lastEscapedOn()) && on.isBefore(h.lastEscapedOn().plusMonths(windowMonths));
    }

    private static boolean hasPersonConditions(BenefitRule r) {
        return r.minAgeYears() != null || r.maxAgeYears() != null || r.learner() != null || r.requiresDisability() || r.requiresEthnicMinority();
    }

    private static boolean personMatches(BenefitRule r, HouseholdFacts.Person p, LocalDate on) {
        int age = Period.between(p.dateOfBirth(), on).getYears();
        if (r.minAgeYears() != null && age < r.minAgeYears()) {
            return false;
        }
        if (r.maxAgeYears() != null && age >= r.maxAgeYears()) {
            return false;
        }
        if (r.learner() != null && !r.learner().matches(p.schoolAttendance(), p.educationLevel())) {
            return false;
        }
        if (r.requiresDisability() && (p.disability() == null || p.disability() == Disability.NONE)) {
            return false;
        }
        if (r.requiresEthnicMinority() && (p.ethnicity() == null || p.ethnicity() == Ethnicity.KINH)) {
            return false;
        }
        return !(r.oncePerPerson() && p.programsReceived().contains(r.programCode()));
    }

    private static Grant grant(BenefitRule r, HouseholdFacts h, HouseholdFacts.Person p, Standing standing) {
        LocalDate decided = h.latest().decidedOn();
        LocalDate from = r.validity().from(decided, h.lastEscapedOn());
        LocalDate to = r.validity().to(decided, h.lastEscapedOn(), r.escapeWindowMonths());
        if (standing.viaEscape()) {
            to = earliest(to, h.lastEscapedOn().plusMonths(r.escapeWindowMonths()).minusDays(1));
        }
        if (p != null && r.maxAgeYears() != null) {
            to = earliest(to, p.dateOfBirth().plusYears(r.maxAgeYears()).minusDays(1));
        }
        UUID memberId = p == null ? null : p.memberId();
        UUID personId = p == null ? null : p.personId();
        return new Grant(r.programCode(), r.code(), h.householdId(), memberId, personId, h.latest().recordId(), r.effectiveSupportRate(),
                r.amountCapVnd(), r.monthlyAmountVnd(), from, to);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : a.isBefore(b) ? a : b;
    }
}
