package vn.giamngheo.transfer.domain;

import java.io.Closeable;
import java.io.IOException;

/** The households of a file, read one at a time so that no file is held in memory. */
public interface RecordSource extends Closeable {
    /** The next household, or null at the end of the file. */
    ImportRecord next() throws IOException;
}
