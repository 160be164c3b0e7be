package vn.giamngheo.household.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static MemberFacts member(Relationship r, String citizenId) {
        return new MemberFacts("Nguyễn Văn A", LocalDate.of(1978, 4, 12), Sex.MALE, r, citizenId, null, null, TODAY);
    }

    @Test
    void aRosterNeedsExactlyOneHead() {
        assertThat(HouseholdRules.checkRoster(List.of(member(Relationship.HEAD, null)), TODAY)).isEmpty();
        assertThat(HouseholdRules.checkRoster(List.of(member(Relationship.SPOUSE, null)), TODAY))
                .extracting(Violation::code).containsExactly("HEAD_REQUIRED");
        assertThat(HouseholdRules.checkRoster(List.of(member(Relationship.HEAD, null), member(Relationship.HEAD, null)), TODAY))
                .extracting(Violation::code).containsExactly("ONE_HEAD_ONLY");
        assertThat(HouseholdRules.checkRoster(List.of(), TODAY)).extracting(Violation::code).containsExactly("HEAD_REQUIRED");
    }

    @Test
    void aCitizenIdAppearsOnceInARoster() {
        var v = HouseholdRules.checkRoster(List.of(member(Relationship.HEAD, "087078001234"), member(Relationship.CHILD, "087078001234")), TODAY);
        assertThat(v).extracting(Violation::path).containsExactly("members/1/citizenId");
        assertThat(v).extracting(Violation::code).containsExactly("DUPLICATE_IN_REQUEST");
    }

    @Test
    void aRosterHasAtMostThirtyMembers() {
        List<MemberFacts> many = new ArrayList<>();
        many.add(member(Relationship.HEAD, null));
        for (int i = 0; i < 30; i++) {
            many.add(member(Relationship.CHILD, null));
        }
        assertThat(HouseholdRules.checkRoster(many, TODAY)).extracting(Violation::code).containsExactly("TOO_MANY_MEMBERS");
    }

    @Test
    void rejectsMemberBornInTheFutureOrJoiningBeforeBirth() {
        var unborn = new MemberFacts("A", TODAY.plusDays(1), Sex.FEMALE, Relationship.CHILD, null, null, null, TODAY);
        assertThat(HouseholdRules.checkMember(unborn, TODAY)).extracting(Violation::code).contains("DATE_IN_FUTURE", "JOINED_BEFORE_BIRTH");
    }

    @Test
    void aHealthInsuranceCardNeedsBothNumberAndExpiry() {
        var noExpiry = new MemberFacts("A", LocalDate.of(1990, 1, 1), Sex.FEMALE, Relationship.HEAD, null, "HN2870123456789", null, TODAY);
        var noNumber = new MemberFacts("A", LocalDate.of(1990, 1, 1), Sex.FEMALE, Relationship.HEAD, null, null, TODAY, TODAY);
        assertThat(HouseholdRules.checkMember(noExpiry, TODAY)).extracting(Violation::code).containsExactly("REQUIRED");
        assertThat(HouseholdRules.checkMember(noNumber, TODAY)).extracting(Violation::code).containsExactly("CARD_NUMBER_MISSING");
    }

    @Test
    void normalisesNamesToNfcWithSingleSpaces() {
        assertThat(Names.normalize("  Nguye\u0302\u0303n   Va\u0306n  A ")).isEqualTo("Nguyễn Văn A");
    }
}
