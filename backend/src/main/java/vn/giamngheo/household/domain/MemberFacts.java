package vn.giamngheo.household.domain;

import java.time.LocalDate;

/** The facts of a member that the registry rules look at. */
public record MemberFacts(String fullName, LocalDate dateOfBirth, Sex sex, Relationship relationship, String citizenId,
                          String healthInsuranceCardNumber, LocalDate healthInsuranceExpiry, LocalDate joinedOn) {
}
