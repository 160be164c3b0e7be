package vn.giamngheo.partner.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CardIssuanceBatch", requiredProperties = {"items"}, description = "1 to 500 card issuances")
public record CardIssuanceBatch(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid CardIssuance> items) {
}
