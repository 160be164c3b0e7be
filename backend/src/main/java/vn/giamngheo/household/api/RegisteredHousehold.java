package vn.giamngheo.household.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A registered household with its current members, as bulk jobs of other features read it (not part of the HTTP
 * contract): the facts the deprivation indicators look at, enum values as their codes. No names or citizen ids; the
 * health-insurance card number only because the indicator asks whether there is one.
 */
public record RegisteredHousehold(UUID id, String code, String communeCode, String hamletCode, Long monthlyIncomePerCapitaVnd,
                                  BigDecimal floorAreaM2, String wallMaterial, String columnMaterial, String roofMaterial,
                                  String waterSource, String latrineType, Boolean usesTelecom, Boolean hearsLoudspeaker,
                                  List<String> devices, List<Member> members) {

    public record Member(LocalDate dateOfBirth, String sex, String employment, String labourContract, String disability,
                         String schoolAttendance, String educationLevel, String healthInsuranceCardNumber,
                         LocalDate healthInsuranceExpiry) {
    }
}
