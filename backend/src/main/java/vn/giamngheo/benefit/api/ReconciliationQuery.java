package vn.giamngheo.benefit.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.giamngheo.benefit.domain.Coverage;
import vn.giamngheo.benefit.domain.ReconciliationFinding;

public class ReconciliationQuery {
    @QueryParam("programCode") @Size(max = 40)
    @Parameter(description = "Only this program (all programs when left out)", example = "HEALTH_INSURANCE")
    public String programCode;

    @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
    @Parameter(description = "Only this commune (commune staff always see only their own)", example = "29956")
    public String communeCode;

    @QueryParam("finding")
    @Parameter(description = "Only this finding (both when left out)")
    public ReconciliationFinding finding;
}
