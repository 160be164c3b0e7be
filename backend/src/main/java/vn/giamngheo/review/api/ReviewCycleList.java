package vn.giamngheo.review.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewCycleList", requiredProperties = "items", description = "Cycles, newest first")
public record ReviewCycleList(List<ReviewCycleDto> items) {
}
