package vn.giamngheo.household.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.household.domain.ArchiveReason;
import vn.giamngheo.household.domain.LatrineType;
import vn.giamngheo.household.domain.Material;
import vn.giamngheo.household.domain.Relationship;
import vn.giamngheo.household.domain.WaterSource;

@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {
    @Id
    public UUID id;
    public String code;
    @Column(name = "commune_code")
    public String communeCode;
    @Column(name = "hamlet_code")
    public String hamletCode;
    public String address;
    public String phone;
    @Column(name = "monthly_income_per_capita_vnd")
    public Long monthlyIncomePerCapitaVnd;
    @Column(name = "floor_area_m2")
    public BigDecimal floorAreaM2;
    @Enumerated(EnumType.STRING)
    @Column(name = "wall_material")
    public Material wallMaterial;
    @Enumerated(EnumType.STRING)
    @Column(name = "column_material")
    public Material columnMaterial;
    @Enumerated(EnumType.STRING)
    @Column(name = "roof_material")
    public Material roofMaterial;
    @Enumerated(EnumType.STRING)
    @Column(name = "water_source")
    public WaterSource waterSource;
    @Enumerated(EnumType.STRING)
    @Column(name = "latrine_type")
    public LatrineType latrineType;
    @Column(name = "uses_telecom")
    public Boolean usesTelecom;
    @Column(name = "hears_loudspeaker")
    public Boolean hearsLoudspeaker;
    public String[] devices = new String[0];
    @Column(name = "head_name")
    public String headName;
    @Column(name = "member_count")
    public int memberCount;
    @Column(name = "archived_at")
    public Instant archivedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "archive_reason")
    public ArchiveReason archiveReason;
    @Column(name = "archive_note")
    public String archiveNote;
    @Column(name = "merged_into_id")
    public UUID mergedIntoId;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;

    @OneToMany(mappedBy = "household")
    @OrderBy("joinedOn, fullName")
    public List<HouseholdMember> memberships = new ArrayList<>();

    public boolean archived() {
        return archivedAt != null;
    }

    /** Members now (not those who left). */
    public List<HouseholdMember> currentMembers() {
        return memberships.stream().filter(HouseholdMember::current).toList();
    }

    /** Keeps the list columns in step with the roster. */
    public void refreshRosterSummary() {
        List<HouseholdMember> current = currentMembers();
        memberCount = current.size();
        headName = current.stream().filter(m -> m.relationship == Relationship.HEAD).map(m -> m.fullName)
                .findFirst().orElse(headName);
    }
}
