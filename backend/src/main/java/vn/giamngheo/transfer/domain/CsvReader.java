package vn.giamngheo.transfer.domain;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, read one record at a time: comma-separated, fields in double quotes may hold commas, quotes ("")
 * and line breaks. A byte-order mark before the first header is dropped. {@link #line()} is the line the last record
 * started on (1-based), as a spreadsheet shows it.
 */
public final class CsvReader {
    private final Reader in;
    private int line = 1;
    private int recordLine;
    private int pending = -2;

    public CsvReader(Reader in) {
        this.in = in;
    }

    public int line() {
        return recordLine;
    }

    /** The next record's fields, or null at the end. */
    public List<String> next() throws IOException {
        int c = read();
        if (c == '\uFEFF' && recordLine == 0 && line == 1) {
            c = read();
        }
        while (c == '\r' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    fields.add(f.toString());
                    return fields;
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        f.append('"');
                    } else {
                        quoted = false;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    f.append((char) c);
                }
            } else if (c == '"' && f.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                fields.add(f.toString());
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pending = d;
                    } else {
                        line++;
                    }
                } else if (c == '\n') {
                    line++;
                }
                return fields;
            } else {
                f.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int p = pending;
            pending = -2;
            return p;
        }
        return in.read();
    }
}
