package vn.giamngheo.benefit.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.giamngheo.common.document.DocumentFormat;

/** JSON or a document by the Accept header: JSON unless a document type comes first (or JSON is not acceptable at all). */
final class Documents {
    private Documents() {
    }

    /** The document format the caller prefers to JSON, or null for JSON; 406 when neither is acceptable. */
    static DocumentFormat choose(List<MediaType> acceptable, List<DocumentFormat> offered) {
        if (acceptable.isEmpty()) {
            return null;
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return null;
            }
            for (DocumentFormat f : offered) {
                if (accepted.isCompatible(f.mediaType)) {
                    return f;
                }
            }
        }
        throw new NotAcceptableException();
    }

    static boolean wantsDocument(List<MediaType> acceptable, DocumentFormat format) {
        return choose(acceptable, List.of(format)) == format;
    }
}
