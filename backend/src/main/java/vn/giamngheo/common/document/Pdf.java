package vn.giamngheo.common.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/** The pieces every PDF of the service is made of: the bundled Noto Sans (Vietnamese), cells, headings and the page footer. */
public final class Pdf {
    public static final Color HEADER_SHADE = new Color(235, 235, 235);
    private static final byte[] REGULAR = font("NotoSans-Regular.ttf");
    private static final byte[] BOLD = font("NotoSans-Bold.ttf");

    private Pdf() {
    }

    public static BaseFont regular() {
        return baseFont("NotoSans-Regular.ttf", REGULAR);
    }

    public static BaseFont bold() {
        return baseFont("NotoSans-Bold.ttf", BOLD);
    }

    /** Composed form, so that names typed with combining accents use the font's precomposed Vietnamese glyphs. */
    public static String text(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public static Paragraph centered(String s, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text(s), font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        return p;
    }

    public static PdfPCell cell(String s, Font font, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(text(s), font));
        c.setHorizontalAlignment(alignment);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(4);
        // stacked Vietnamese accents need more line height than the default
        c.setLeading(0, 1.25f);
        return c;
    }

    /** A borderless centred cell, for letterheads and signatures. */
    public static PdfPCell plain(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setLeading(0, 1.35f);
        return c;
    }

    /** "Trang n/N" and a caption at the foot of every page; N is written into a placeholder when the document closes. */
    public static final class PageFooter extends PdfPageEventHelper {
        private static final float SIZE = 8;
        private final BaseFont font;
        private final String caption;
        private PdfTemplate total;

        public PageFooter(BaseFont font, String caption) {
            this.font = font;
            this.caption = text(caption);
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottom() - 24;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(caption, new Font(font, SIZE)), document.left(), y, 0);
            String page = "Trang " + writer.getPageNumber() + "/";
            float x = document.right() - 40;
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(page, new Font(font, SIZE)), x, y, 0);
            cb.addTemplate(total, x, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    private static BaseFont baseFont(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The bundled font " + name + " cannot be read", e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = Pdf.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The font fonts/" + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
