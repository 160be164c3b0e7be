package vn.giamngheo.household.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;
import vn.giamngheo.common.security.AreaFilter;
import vn.giamngheo.household.persistence.HouseholdBulkRepository;

/**
 * The registry as tables for exports: registered households, and current members with their household's code, in
 * commune and code order. Rows are read from a cursor inside the caller's transaction; scope and audit are the
 * caller's (it knows who asks and why).
 */
@ApplicationScoped
public class HouseholdExport {
    public static final List<String> HOUSEHOLD_COLUMNS = List.of("householdCode", "communeCode", "hamletCode", "address", "phone",
            "monthlyIncomePerCapitaVnd", "floorAreaM2", "wallMaterial", "columnMaterial", "roofMaterial", "waterSource", "latrineType",
            "usesTelecom", "devices", "hearsLoudspeaker", "headName", "memberCount", "updatedAt");
    public static final List<String> MEMBER_COLUMNS = List.of("householdCode", "communeCode", "hamletCode", "fullName", "dateOfBirth",
            "sex", "relationship", "citizenId", "ethnicity", "disability", "schoolAttendance", "educationLevel", "employment",
            "labourContract", "healthInsuranceCardNumber", "healthInsuranceExpiry", "joinedOn");

    private final HouseholdBulkRepository bulk;

    HouseholdExport(HouseholdBulkRepository bulk) {
        this.bulk = bulk;
    }

    /** One row per registered household of the area, values in the order of {@link #HOUSEHOLD_COLUMNS}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stream<Object[]> households(AreaFilter area) {
        return bulk.stream("select code, commune_code, hamlet_code, address, phone, monthly_income_per_capita_vnd, floor_area_m2,"
                + " wall_material, column_material, roof_material, water_source, latrine_type, uses_telecom, array_to_string(devices, ','),"
                + " hears_loudspeaker, head_name, member_count, updated_at from household where archived_at is null"
                + (area.all() ? "" : " and commune_code = :commune") + " order by commune_code, code", area.all() ? null : area.communeCode());
    }

    /** One row per current member of a registered household of the area, in the order of {@link #MEMBER_COLUMNS}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stream<Object[]> members(AreaFilter area) {
        return bulk.stream("select h.code, h.commune_code, h.hamlet_code, m.full_name, m.date_of_birth, m.sex, m.relationship, m.citizen_id,"
                + " m.ethnicity, m.disability, m.school_attendance, m.education_level, m.employment, m.labour_contract, m.hi_card_number,"
                + " m.hi_card_expiry, m.joined_on from household h join household_member m on m.household_id = h.id and m.left_on is null"
                + " where h.archived_at is null" + (area.all() ? "" : " and h.commune_code = :commune")
                + " order by h.commune_code, h.code, m.joined_on, m.id", area.all() ? null : area.communeCode());
    }
}
