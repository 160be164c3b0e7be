package vn.giamngheo.transfer.domain;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A row of a CSV file or worksheet: its line (1-based) and its cells as text. */
public record TableRow(int line, List<String> cells) {

    /** Rows one at a time. */
    public interface Reader extends Closeable {
        TableRow next() throws IOException;
    }
}
