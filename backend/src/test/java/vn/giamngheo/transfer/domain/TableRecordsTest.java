package vn.giamngheo.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TableRecordsTest {
    private static final String HEADER = "householdRef,communeCode,hamletCode,address,fullName,dateOfBirth,sex,relationship,citizenId,"
            + "ethnicity,disability,schoolAttendance,educationLevel,employment,labourContract\r\n";

    private static ImportRecord read(String dateOfBirth) throws IOException {
        String csv = HEADER + "1,29956,29956-01,Ấp 1,Lê Văn An," + dateOfBirth
                + ",MALE,HEAD,087070001234,KINH,NONE,NOT_APPLICABLE,PRIMARY,SELF_EMPLOYED,NONE\r\n";
        try (TableRecords records = new TableRecords(new CsvRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))) {
            return records.next();
        }
    }

    @Test
    void day_first_and_iso_dates_are_read() throws IOException {
        assertThat(read("2/1/1970").data().members().get(0).dateOfBirth()).isEqualTo(LocalDate.of(1970, 1, 2));
        assertThat(read("29/02/1972").data().members().get(0).dateOfBirth()).isEqualTo(LocalDate.of(1972, 2, 29));
        assertThat(read("1970-01-02").data().members().get(0).dateOfBirth()).isEqualTo(LocalDate.of(1970, 1, 2));
        assertThat(read("02/01/1970").problems()).isEmpty();
    }

    @Test
    void a_day_the_month_does_not_have_is_an_invalid_date_not_the_months_last_day() throws IOException {
        for (String typo : new String[] {"31/02/1970", "29/02/1971", "31/04/1970", "1970-02-31"}) {
            ImportRecord r = read(typo);
            assertThat(r.problems()).as(typo).extracting(RowProblem::code).containsExactly("INVALID_DATE");
            assertThat(r.problems()).as(typo).extracting(RowProblem::column).containsExactly("dateOfBirth");
        }
    }
}
