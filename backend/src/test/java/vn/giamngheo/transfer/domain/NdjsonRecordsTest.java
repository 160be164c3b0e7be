package vn.giamngheo.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonRecordsTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String MEMBER = "{\"fullName\":\"Lê Văn An\",\"dateOfBirth\":\"1980-02-03\",\"sex\":\"MALE\",\"relationship\":\"HEAD\","
            + "\"citizenId\":\"087080001234\",\"ethnicity\":\"KINH\",\"disability\":\"NONE\",\"schoolAttendance\":\"NOT_APPLICABLE\","
            + "\"educationLevel\":\"PRIMARY\",\"employment\":\"SELF_EMPLOYED\",\"labourContract\":\"NONE\"}";

    private static String household(String extra, String member) {
        return "{" + extra + "\"communeCode\":\"29956\",\"hamletCode\":\"29956-01\",\"address\":\"Ấp 1\",\"members\":[" + member + "]}";
    }

    private static List<ImportRecord> read(String... lines) throws IOException {
        List<ImportRecord> out = new ArrayList<>();
        byte[] bytes = ("\uFEFF" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        try (NdjsonRecords records = new NdjsonRecords(new ByteArrayInputStream(bytes), JSON)) {
            ImportRecord r;
            while ((r = records.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static RowProblem problem(ImportRecord r) {
        assertThat(r.data()).isNull();
        assertThat(r.problems()).hasSize(1);
        return r.problems().get(0);
    }

    @Test
    void aCreateBodyAndAnUpdateByCodeAreReadTheSameWay() throws IOException {
        List<ImportRecord> records = read(household("", MEMBER), "", household("\"householdCode\":\"29956-000042\",", MEMBER));
        assertThat(records).hasSize(2);
        for (ImportRecord r : records) {
            assertThat(r.problems()).isEmpty();
            assertThat(r.data().members().get(0).fullName()).isEqualTo("Lê Văn An");
            assertThat(r.data().communeCode()).isEqualTo("29956");
        }
        assertThat(records.get(0).householdCode()).isNull();
        assertThat(records.get(1).householdCode()).isEqualTo("29956-000042");
        assertThat(records.get(1).lineNo()).isEqualTo(3);
        assertThat(records.get(1).recordNo()).isEqualTo(2);
    }

    @Test
    void eachUnreadableLineIsAProblemOfItsOwn() throws IOException {
        List<ImportRecord> records = read("not json", "[1, 2]", household("\"colour\":\"red\",", MEMBER),
                household("", MEMBER.replace("\"MALE\"", "\"M\"")), household("\"householdCode\":\"29956-000042\",", MEMBER.replace("\"MALE\"", "\"M\"")),
                household("", MEMBER.replace("\"1980-02-03\"", "[1980]")));
        assertThat(problem(records.get(0)).code()).isEqualTo("MALFORMED_RECORD");
        assertThat(problem(records.get(1)).code()).isEqualTo("MALFORMED_RECORD");
        assertThat(problem(records.get(2)).code()).isEqualTo("UNKNOWN_FIELD");
        assertThat(problem(records.get(2)).pointer()).isEqualTo("/colour");
        for (ImportRecord r : records.subList(3, 5)) {
            assertThat(problem(r).code()).isEqualTo("UNKNOWN_CODE");
            assertThat(problem(r).pointer()).isEqualTo("/members/0/sex");
            assertThat(problem(r).message()).contains("FEMALE");
        }
        assertThat(records.get(4).householdCode()).isEqualTo("29956-000042");
        assertThat(problem(records.get(5)).code()).isEqualTo("INVALID_VALUE");
        assertThat(problem(records.get(5)).pointer()).isEqualTo("/members/0/dateOfBirth");
        assertThat(records.get(5).original()).contains("[1980]");
    }
}
