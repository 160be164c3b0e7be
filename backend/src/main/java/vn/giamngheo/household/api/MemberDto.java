package vn.giamngheo.household.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.giamngheo.household.domain.Disability;
import vn.giamngheo.household.domain.EducationLevel;
import vn.giamngheo.household.domain.Employment;
import vn.giamngheo.household.domain.Ethnicity;
import vn.giamngheo.household.domain.JoinReason;
import vn.giamngheo.household.domain.LabourContract;
import vn.giamngheo.household.domain.LeaveReason;
import vn.giamngheo.household.domain.Relationship;
import vn.giamngheo.household.domain.SchoolAttendance;
import vn.giamngheo.household.domain.Sex;

@Schema(name = "Member", requiredProperties = {"id", "personId", "fullName", "dateOfBirth", "sex", "relationship", "ethnicity", "disability", "schoolAttendance", "educationLevel", "employment", "labourContract", "joinedOn", "joinReason"}, description = "A person's membership of a household. `personId` stays the same when the person moves.")
public record MemberDto(
        UUID id,
        UUID personId,
        @Schema(examples = "Nguyễn Văn An") String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        Relationship relationship,
        @Schema(examples = "087078001234") String citizenId,
        Ethnicity ethnicity,
        Disability disability,
        SchoolAttendance schoolAttendance,
        EducationLevel educationLevel,
        Employment employment,
        LabourContract labourContract,
        String healthInsuranceCardNumber,
        LocalDate healthInsuranceExpiry,
        LocalDate joinedOn,
        JoinReason joinReason,
        LocalDate leftOn,
        LeaveReason leaveReason,
        String leaveNote) {
}
