package vn.giamngheo.household.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
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

/** One membership of a person in a household, from joinedOn until leftOn. */
@Entity
@Table(name = "household_member")
public class HouseholdMember extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "person_id")
    public UUID personId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id")
    public Household household;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    @Enumerated(EnumType.STRING)
    public Relationship relationship;
    @Column(name = "citizen_id")
    public String citizenId;
    @Enumerated(EnumType.STRING)
    public Ethnicity ethnicity;
    @Enumerated(EnumType.STRING)
    public Disability disability;
    @Enumerated(EnumType.STRING)
    @Column(name = "school_attendance")
    public SchoolAttendance schoolAttendance;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_level")
    public EducationLevel educationLevel;
    @Enumerated(EnumType.STRING)
    public Employment employment;
    @Enumerated(EnumType.STRING)
    @Column(name = "labour_contract")
    public LabourContract labourContract;
    @Column(name = "hi_card_number")
    public String healthInsuranceCardNumber;
    @Column(name = "hi_card_expiry")
    public LocalDate healthInsuranceExpiry;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "join_reason")
    public JoinReason joinReason;
    @Column(name = "left_on")
    public LocalDate leftOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason")
    public LeaveReason leaveReason;
    @Column(name = "leave_note")
    public String leaveNote;
    /** Counts for citizen-id uniqueness: a current member of a household that is not archived. */
    public boolean active;

    public boolean current() {
        return leftOn == null;
    }
}
