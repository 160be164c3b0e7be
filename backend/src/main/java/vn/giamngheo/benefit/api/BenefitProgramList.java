package vn.giamngheo.benefit.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BenefitProgramList", requiredProperties = {"items"}, description = "Every program of the plan, in the plan's order. A handful, so not paginated.")
public record BenefitProgramList(List<BenefitProgramDto> items) {
}
