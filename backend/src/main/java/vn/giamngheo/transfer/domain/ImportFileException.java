package vn.giamngheo.transfer.domain;

/** The file as a whole cannot be read (an unknown column, a broken workbook); the job fails with this message. */
public class ImportFileException extends RuntimeException {
    public final String code;

    public ImportFileException(String code, String message) {
        super(message);
        this.code = code;
    }
}
