package vn.giamngheo.transfer.domain;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The rows of a workbook's first sheet, read with POI's streaming (SAX) reader so a sheet of a million rows never
 * sits in memory. The parser pushes rows; a reading thread hands them over through a small queue, so the caller
 * pulls them like any other file's rows. Cells are read as the sheet shows them (DataFormatter), except dates.
 */
public final class XlsxRows implements TableRow.Reader {
    private static final List<String> END = new ArrayList<>();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
    private final Thread parser;
    private volatile boolean closed;

    public XlsxRows(File file) {
        parser = new Thread(() -> parse(file), "xlsx-import-reader");
        parser.setDaemon(true);
        parser.start();
    }

    private void parse(File file) {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            try (InputStream sheet = reader.getSheetsData().next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(), new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            put(END);
        } catch (Stopped e) {
            // closed by the reader's owner
        } catch (Exception e) {
            try {
                put(new ImportFileException("UNREADABLE_WORKBOOK", "The workbook cannot be read: " + e.getMessage()));
            } catch (Stopped ignored) {
                // closed
            }
        }
    }

    /**
     * A cell holding a real date (pasted from another sheet rather than typed into the template's text cells) reads as
     * yyyy-mm-dd whatever its display format: Excel's built-in short date is "m/d/yy", which would pass 2 January for
     * 1 February in a day-first file.
     */
    static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private List<String> cells;
        private int row;

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            put(new TableRow(row, cells));
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add(null);
            }
            cells.add(formatted);
        }
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private void put(Object item) {
        try {
            while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    @Override
    public TableRow next() throws IOException {
        try {
            Object item = queue.take();
            if (item == END) {
                queue.put(END);
                return null;
            }
            if (item instanceof ImportFileException e) {
                throw e;
            }
            return (TableRow) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        parser.interrupt();
    }
}
