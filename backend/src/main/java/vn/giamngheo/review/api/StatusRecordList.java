package vn.giamngheo.review.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusRecordList", requiredProperties = "items", description = "Newest first; the first is the household's status now")
public record StatusRecordList(List<StatusRecordDto> items) {
}
