package vn.giamngheo.household.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.Disability;
import vn.giamngheo.household.domain.EducationLevel;
import vn.giamngheo.household.domain.Employment;
import vn.giamngheo.household.domain.Ethnicity;
import vn.giamngheo.household.domain.HealthInsuranceCard;
import vn.giamngheo.household.domain.LabourContract;
import vn.giamngheo.household.domain.Relationship;
import vn.giamngheo.household.domain.SchoolAttendance;
import vn.giamngheo.household.domain.Sex;

@Schema(name = "MemberInput", description = "The facts of a member, to register or to correct. The citizen id is checked "
        + "against sex and birth year (Circular 07/2016/TT-BCA).")
public record MemberInput(
        @NotBlank @Size(max = 200) @Schema(description = "Full name; stored in Unicode NFC", examples = "Nguyễn Văn An") String fullName,
        @NotNull @PastOrPresent @Schema(examples = "1978-04-12") LocalDate dateOfBirth,
        @NotNull Sex sex,
        @NotNull @Schema(examples = "HEAD") Relationship relationship,
        @Pattern(regexp = "\\d{12}", message = "must be exactly 12 digits")
        @Schema(description = "12-digit citizen id; may be missing for young children", examples = "087078001234") String citizenId,
        @NotNull @Schema(examples = "KINH") Ethnicity ethnicity,
        @NotNull @Schema(examples = "NONE") Disability disability,
        @NotNull @Schema(examples = "NOT_APPLICABLE") SchoolAttendance schoolAttendance,
        @NotNull @Schema(examples = "LOWER_SECONDARY") EducationLevel educationLevel,
        @NotNull @Schema(examples = "SELF_EMPLOYED") Employment employment,
        @NotNull @Schema(examples = "NOT_APPLICABLE") LabourContract labourContract,
        @Pattern(regexp = HealthInsuranceCard.PATTERN, message = HealthInsuranceCard.PATTERN_MESSAGE)
        @Schema(description = "Health-insurance card number", examples = "HN2870123456789") String healthInsuranceCardNumber,
        @Schema(examples = "2026-12-31") LocalDate healthInsuranceExpiry,
        @PastOrPresent @Schema(description = "When the member joined the household; today when left out", examples = "2020-01-15") LocalDate joinedOn) {
}
