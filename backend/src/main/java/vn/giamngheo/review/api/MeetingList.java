package vn.giamngheo.review.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingList", requiredProperties = "items")
public record MeetingList(List<MeetingDto> items) {
}
