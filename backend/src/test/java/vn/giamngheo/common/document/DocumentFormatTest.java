package vn.giamngheo.common.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {
    private static final List<DocumentFormat> PDF_OR_XLSX = List.of(DocumentFormat.PDF, DocumentFormat.XLSX);

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "''                                                                       | PDF",
            "*/*                                                                      | PDF",
            "application/*                                                            | PDF",
            "application/pdf                                                          | PDF",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet        | XLSX",
            "text/html, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */* | XLSX"})
    void picksTheCallersFirstAcceptableFormat(String accept, DocumentFormat expected) {
        assertThat(DocumentFormat.negotiate(accepted(accept), PDF_OR_XLSX)).isEqualTo(expected);
    }

    @Test
    void refusesWhenNothingOfferedIsAcceptable() {
        assertThatThrownBy(() -> DocumentFormat.negotiate(accepted("application/json"), PDF_OR_XLSX))
                .isInstanceOf(NotAcceptableException.class).hasMessageContaining("application/pdf");
        assertThatThrownBy(() -> DocumentFormat.negotiate(accepted("text/csv"), PDF_OR_XLSX)).isInstanceOf(NotAcceptableException.class);
    }

    @Test
    void csvCarriesItsCharset() {
        assertThat(DocumentFormat.CSV.mediaType.toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(DocumentFormat.negotiate(accepted("text/csv"), List.of(DocumentFormat.CSV, DocumentFormat.XLSX))).isEqualTo(DocumentFormat.CSV);
    }

    @Test
    void fileNamesKeepOnlySafeCharacters() {
        assertThat(DocumentFormat.PDF.attachment("niem-yet-29956-2024-02")).isEqualTo("attachment; filename=\"niem-yet-29956-2024-02.pdf\"");
        assertThat(DocumentFormat.XLSX.attachment("danh-sach-poor-29\"9;56\r\n")).isEqualTo("attachment; filename=\"danh-sach-poor-29956.xlsx\"");
    }

    /** As the framework hands them over: in the caller's order (these examples carry no q-values). */
    private static List<MediaType> accepted(String header) {
        return Stream.of(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(MediaType::valueOf).toList();
    }
}
