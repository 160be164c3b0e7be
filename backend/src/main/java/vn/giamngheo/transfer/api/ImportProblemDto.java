package vn.giamngheo.transfer.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportProblem", description = "A problem of one record of an import file.",
        requiredProperties = {"recordNo", "lineNo", "code", "message"})
public record ImportProblemDto(
        @Schema(description = "The household's number in the file, from 1") int recordNo,
        @Schema(description = "The line (NDJSON) or row (CSV, XLSX; the header is row 1) the problem is on") int lineNo,
        @Schema(description = "The column as the template names it in English", examples = "citizenId") String column,
        @Schema(description = "Where in the household create body", examples = "/members/1/citizenId") String pointer,
        @Schema(examples = "CITIZEN_ID_BIRTH_YEAR") String code,
        @Schema(description = "In the language asked for with Accept-Language (vi by default, or en)") String message,
        @Schema(description = "The original line or rows of the record") String original) {
}
