package vn.giamngheo.transfer.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The rows of a UTF-8 CSV file (with or without a byte-order mark). */
public final class CsvRows implements TableRow.Reader {
    private final Reader reader;
    private final CsvReader csv;

    public CsvRows(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        this.csv = new CsvReader(reader);
    }

    @Override
    public TableRow next() throws IOException {
        List<String> fields = csv.next();
        return fields == null ? null : new TableRow(csv.line(), fields);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
