package vn.giamngheo.classification.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PovertyStandardList", requiredProperties = {"items"},
        description = "Every standard, oldest first. A handful of rule packs, so not paginated.")
public record PovertyStandardList(List<PovertyStandardDto> items) {
}
