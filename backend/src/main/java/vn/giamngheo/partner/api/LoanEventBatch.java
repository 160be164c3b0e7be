package vn.giamngheo.partner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoanEventBatch", requiredProperties = {"items"}, description = "1 to 500 loan events, applied in order")
public record LoanEventBatch(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid LoanEvent> items) {
}
