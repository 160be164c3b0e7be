package vn.giamngheo.common.document;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The file formats a download can take. One way to choose: the {@code Accept} header, so a URL names a document and
 * never its format; an absent header or one of wildcards gets the first format the endpoint offers.
 */
public enum DocumentFormat {
    /** Always UTF-8, so the charset is part of the answer's type. */
    CSV(Types.CSV, "UTF-8", "csv"),
    PDF(Types.PDF, null, "pdf"),
    XLSX(Types.XLSX, null, "xlsx");

    /** The media types as constants, for {@code @Produces} and the contract annotations. */
    public static final class Types {
        public static final String CSV = "text/csv";
        public static final String PDF = "application/pdf";
        public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

        private Types() {
        }
    }

    public final MediaType mediaType;
    public final String extension;

    DocumentFormat(String mediaType, String charset, String extension) {
        String[] typeAndSubtype = mediaType.split("/");
        this.mediaType = new MediaType(typeAndSubtype[0], typeAndSubtype[1], charset);
        this.extension = extension;
    }

    /**
     * The caller's most preferred format among those offered. {@code acceptable} comes sorted by preference, as
     * {@code HttpHeaders.getAcceptableMediaTypes()} returns it.
     *
     * @throws NotAcceptableException when nothing offered is acceptable (rendered as a 406 problem)
     */
    public static DocumentFormat negotiate(List<MediaType> acceptable, List<DocumentFormat> offered) {
        if (acceptable.isEmpty()) {
            return offered.get(0);
        }
        for (MediaType accepted : acceptable) {
            for (DocumentFormat f : offered) {
                if (accepted.isCompatible(f.mediaType)) {
                    return f;
                }
            }
        }
        throw new NotAcceptableException("This document is available as " + String.join(", ",
                offered.stream().map(f -> f.mediaType.toString()).toList()));
    }

    /** {@code attachment; filename="…"}; the name keeps only ASCII letters, digits and dashes, whatever the caller sent. */
    public String attachment(String baseName) {
        return "attachment; filename=\"" + baseName.replaceAll("[^A-Za-z0-9-]", "") + "." + extension + "\"";
    }
}
