package vn.giamngheo.household.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

public class HouseholdQuery {
    @QueryParam("q") @Size(min = 1, max = 100)
    @Parameter(description = "Whole words of one current member's name, in any order, the last one possibly unfinished; accent- and case-insensitive (\"nguyen van a\" and \"an nguyen\" find \"Nguyễn Văn An\"), or a whole household code such as 29956-000123", example = "nguyen van an")
    public String q;

    @QueryParam("citizenId") @Pattern(regexp = "\\d{12}", message = "must be exactly 12 digits")
    @Parameter(description = "Exact citizen id of a current member")
    public String citizenId;

    @QueryParam("code") @Size(max = 20)
    @Parameter(description = "Exact household code", example = "29956-000123")
    public String code;

    @QueryParam("communeCode") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit commune code")
    @Parameter(description = "Only this commune (commune staff always see only their own)", example = "29956")
    public String communeCode;

    @QueryParam("hamletCode") @Size(max = 16)
    @Parameter(example = "29956-02")
    public String hamletCode;

    @QueryParam("archived") @DefaultValue("false")
    @Parameter(description = "false: registered households; true: archived ones")
    public boolean archived;

    @QueryParam("sort") @DefaultValue("CODE")
    public HouseholdSort sort;
}
