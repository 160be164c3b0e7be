package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Registry rules on a household's roster, independent of storage. */
public final class HouseholdRules {
    public static final int MAX_MEMBERS = 30;

    private HouseholdRules() {
    }

    /** Rules on one member; paths are relative to the member. */
    public static List<Violation> checkMember(MemberFacts m, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (m.dateOfBirth() != null && m.dateOfBirth().isAfter(today)) {
            v.add(new Violation("dateOfBirth", "DATE_IN_FUTURE", "must not be in the future"));
        }
        if (m.dateOfBirth() != null && m.dateOfBirth().isBefore(today.minusYears(130))) {
            v.add(new Violation("dateOfBirth", "DATE_TOO_OLD", "is more than 130 years ago"));
        }
        if (m.joinedOn() != null && m.joinedOn().isAfter(today)) {
            v.add(new Violation("joinedOn", "DATE_IN_FUTURE", "must not be in the future"));
        }
        if (m.joinedOn() != null && m.dateOfBirth() != null && m.joinedOn().isBefore(m.dateOfBirth())) {
            v.add(new Violation("joinedOn", "JOINED_BEFORE_BIRTH", "must not be before the date of birth"));
        }
        if (m.healthInsuranceExpiry() != null && m.healthInsuranceCardNumber() == null) {
            v.add(new Violation("healthInsuranceExpiry", "CARD_NUMBER_MISSING", "needs a card number"));
        }
        if (m.healthInsuranceCardNumber() != null && m.healthInsuranceExpiry() == null) {
            v.add(new Violation("healthInsuranceExpiry", "REQUIRED", "is required with a card number"));
        }
        v.addAll(CitizenId.check(m.citizenId(), m.sex(), m.dateOfBirth()));
        return v;
    }

    /** Rules on a whole roster: exactly one head, no citizen id twice. Paths are "members/i/field". */
    public static List<Violation> checkRoster(List<MemberFacts> members, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (members.isEmpty()) {
            v.add(new Violation("members", "HEAD_REQUIRED", "a household needs its head as a member"));
            return v;
        }
        if (members.size() > MAX_MEMBERS) {
            v.add(new Violation("members", "TOO_MANY_MEMBERS", "at most " + MAX_MEMBERS + " members"));
        }
        long heads = members.stream().filter(m -> m.relationship() == Relationship.HEAD).count();
        if (heads != 1) {
            v.add(new Violation("members", heads == 0 ? "HEAD_REQUIRED" : "ONE_HEAD_ONLY",
                    "exactly one member must have relationship HEAD (found " + heads + ")"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            MemberFacts m = members.get(i);
            String prefix = "members/" + i;
            for (Violation x : checkMember(m, today)) {
                v.add(x.under(prefix));
            }
            if (m.citizenId() != null) {
                Integer first = seen.putIfAbsent(m.citizenId(), i);
                if (first != null) {
                    v.add(new Violation(prefix + "/citizenId", "DUPLICATE_IN_REQUEST", "repeats member " + first + "'s citizen id"));
                }
            }
        }
        return v;
    }
}
