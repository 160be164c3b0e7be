package vn.giamngheo.transfer.domain;

/**
 * One problem of a record: the line (NDJSON) or row (CSV, XLSX) it was found on, the column as the file names it
 * (or the JSON pointer's field), the pointer into the household as the API's create body has it, a code and the
 * message in English (the Vietnamese one comes from {@link RowMessages}).
 */
public record RowProblem(int lineNo, String column, String pointer, String code, String message) {
}
