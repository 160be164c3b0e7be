package vn.giamngheo.household.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 12-digit citizen identity number (Circular 07/2016/TT-BCA, Art. 7): digits 1–3 the province of birth
 * registration (001–096), digit 4 the century and sex (0/1 = 20th century male/female, 2/3 = 21st, 4/5 = 22nd,
 * 6/7 = 23rd, 8/9 = 24th), digits 5–6 the last two digits of the birth year, digits 7–12 a serial.
 */
public final class CitizenId {
    private CitizenId() {
    }

    public static List<Violation> check(String id, Sex sex, LocalDate dateOfBirth) {
        if (id == null) {
            return List.of();
        }
        if (!id.matches("\\d{12}")) {
            return List.of(new Violation("citizenId", "CITIZEN_ID_FORMAT", "must be exactly 12 digits"));
        }
        int province = Integer.parseInt(id.substring(0, 3));
        if (province < 1 || province > 96) {
            return List.of(new Violation("citizenId", "CITIZEN_ID_PROVINCE", "must start with a province code from 001 to 096"));
        }
        if (dateOfBirth == null || sex == null) {
            return List.of();
        }
        Optional<Integer> expected = centurySexDigit(sex, dateOfBirth.getYear());
        int digit = id.charAt(3) - '0';
        if (expected.isEmpty() || expected.get() != digit) {
            return List.of(new Violation("citizenId", "CITIZEN_ID_SEX_CENTURY",
                    "4th digit must be " + expected.map(String::valueOf).orElse("?") + " for a " + sex.name().toLowerCase()
                            + " born in " + dateOfBirth.getYear()));
        }
        String yy = String.format("%02d", dateOfBirth.getYear() % 100);
        if (!id.substring(4, 6).equals(yy)) {
            return List.of(new Violation("citizenId", "CITIZEN_ID_BIRTH_YEAR", "digits 5–6 must be " + yy + ", the birth year"));
        }
        return List.of();
    }

    static Optional<Integer> centurySexDigit(Sex sex, int birthYear) {
        if (birthYear < 1900 || birthYear > 2399) {
            return Optional.empty();
        }
        int century = birthYear / 100 - 19;
        return Optional.of(century * 2 + (sex == Sex.FEMALE ? 1 : 0));
    }
}
