package vn.giamngheo.classification.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The facts of a household that the deprivation indicators look at, as plain values (codes of the registry's
 * enums). Null means "not recorded".
 */
public record HouseholdFacts(List<Person> members, BigDecimal floorAreaM2, String wallMaterial, String columnMaterial,
                             String roofMaterial, String waterSource, String latrineType, Boolean usesTelecom,
                             Set<String> devices, Boolean hearsLoudspeaker) {

    public record Person(String name, LocalDate dateOfBirth, String sex, String employment, String labourContract,
                         String disability, String schoolAttendance, String educationLevel, String healthInsuranceCardNumber,
                         LocalDate healthInsuranceExpiry) {
    }
}
