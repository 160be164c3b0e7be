package vn.giamngheo.benefit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.giamngheo.classification.domain.PovertyStatus;
import vn.giamngheo.household.domain.Disability;
import vn.giamngheo.household.domain.EducationLevel;
import vn.giamngheo.household.domain.Ethnicity;
import vn.giamngheo.household.domain.SchoolAttendance;

/**
 * What the eligibility engine looks at: the household's latest frozen status (null when it was never reviewed),
 * the last day it left a list, and its current members.
 */
public record HouseholdFacts(UUID householdId, String communeCode, boolean archived, LatestStatus latest, LocalDate lastEscapedOn,
                             List<Person> members) {

    /** The household's latest {@code household_status_record}. */
    public record LatestStatus(UUID recordId, PovertyStatus status, LocalDate decidedOn) {
    }

    /** A current member; {@code programsReceived} are the once-only programs the person was already supported by. */
    public record Person(UUID memberId, UUID personId, LocalDate dateOfBirth, Disability disability, Ethnicity ethnicity,
                         SchoolAttendance schoolAttendance, EducationLevel educationLevel, Set<String> programsReceived) {
    }
}
