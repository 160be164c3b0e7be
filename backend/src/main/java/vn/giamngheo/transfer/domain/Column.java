package vn.giamngheo.transfer.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.giamngheo.household.domain.Device;
import vn.giamngheo.household.domain.Disability;
import vn.giamngheo.household.domain.EducationLevel;
import vn.giamngheo.household.domain.Employment;
import vn.giamngheo.household.domain.Ethnicity;
import vn.giamngheo.household.domain.LabourContract;
import vn.giamngheo.household.domain.LatrineType;
import vn.giamngheo.household.domain.Material;
import vn.giamngheo.household.domain.Relationship;
import vn.giamngheo.household.domain.SchoolAttendance;
import vn.giamngheo.household.domain.Sex;
import vn.giamngheo.household.domain.WaterSource;

/**
 * The columns of a CSV or XLSX import: one row per member, the household's columns repeated on each of its rows.
 * Consecutive rows with the same household reference (or, without one, the same household code) are one household.
 * A header may be written in Vietnamese or in English; {@code field} is the household create body's name, so a
 * problem's pointer and column agree.
 */
public enum Column {
    HOUSEHOLD_REF("householdRef", "Số thứ tự hộ", true, null, Kind.TEXT,
            "Any value that is the same on every row of one household and differs from the next household's (1, 2, 3…)."),
    HOUSEHOLD_CODE("householdCode", "Mã hộ", true, null, Kind.TEXT,
            "The registry's code of the household to update (e.g. 29956-000123); empty for a new household."),
    COMMUNE_CODE("communeCode", "Mã xã", true, null, Kind.TEXT, "5-digit commune code (GSO)."),
    HAMLET_CODE("hamletCode", "Mã ấp/khóm", true, null, Kind.TEXT, "Hamlet code within the commune, e.g. 29956-02."),
    ADDRESS("address", "Địa chỉ", true, null, Kind.TEXT, "House number and street or landmark, up to 300 characters."),
    PHONE("phone", "Số điện thoại", true, null, Kind.TEXT, "Vietnamese phone number, e.g. 0912345678; may be empty."),
    INCOME("monthlyIncomePerCapitaVnd", "Thu nhập bình quân đầu người/tháng (đồng)", true, null, Kind.INTEGER,
            "Estimated monthly income per person in VND, a whole number; may be empty."),
    FLOOR_AREA("housing/floorAreaM2", "Diện tích nhà ở (m²)", true, null, Kind.DECIMAL, "Floor area of the dwelling in m²."),
    WALL("housing/wallMaterial", "Vật liệu tường", true, Material.class, Kind.CODE, "Main wall material."),
    COLUMN("housing/columnMaterial", "Vật liệu cột", true, Material.class, Kind.CODE, "Main column material."),
    ROOF("housing/roofMaterial", "Vật liệu mái", true, Material.class, Kind.CODE, "Main roof material."),
    WATER("housing/waterSource", "Nguồn nước sinh hoạt", true, WaterSource.class, Kind.CODE, "Main source of domestic water."),
    LATRINE("housing/latrineType", "Loại nhà tiêu", true, LatrineType.class, Kind.CODE, "Latrine the household uses."),
    TELECOM("housing/usesTelecom", "Sử dụng dịch vụ viễn thông", true, null, Kind.BOOLEAN,
            "Some member uses telephone or internet services: có/không (yes/no)."),
    DEVICES("housing/devices", "Thiết bị tiếp cận thông tin", true, Device.class, Kind.CODE_LIST,
            "Devices owned, separated by commas, e.g. TV,SMARTPHONE."),
    LOUDSPEAKER("housing/hearsLoudspeaker", "Nghe được loa truyền thanh", true, null, Kind.BOOLEAN,
            "The loudspeakers reach the home: có/không (yes/no)."),
    FULL_NAME("fullName", "Họ và tên", false, null, Kind.TEXT, "Member's full name."),
    DATE_OF_BIRTH("dateOfBirth", "Ngày sinh", false, null, Kind.DATE, "Date of birth: dd/mm/yyyy or yyyy-mm-dd."),
    SEX("sex", "Giới tính", false, Sex.class, Kind.CODE, "MALE or FEMALE."),
    RELATIONSHIP("relationship", "Quan hệ với chủ hộ", false, Relationship.class, Kind.CODE,
            "Relationship to the head; exactly one HEAD per household."),
    CITIZEN_ID("citizenId", "Số định danh cá nhân", false, null, Kind.TEXT,
            "12-digit citizen id; may be empty for young children. Format the column as text so leading zeros stay."),
    ETHNICITY("ethnicity", "Dân tộc", false, Ethnicity.class, Kind.CODE, "Ethnic group."),
    DISABILITY("disability", "Khuyết tật", false, Disability.class, Kind.CODE, "Disability level."),
    SCHOOL("schoolAttendance", "Tình trạng đi học", false, SchoolAttendance.class, Kind.CODE, "School attendance now."),
    EDUCATION("educationLevel", "Trình độ học vấn", false, EducationLevel.class, Kind.CODE, "Highest level completed."),
    EMPLOYMENT("employment", "Việc làm", false, Employment.class, Kind.CODE, "Main employment situation."),
    CONTRACT("labourContract", "Hợp đồng lao động", false, LabourContract.class, Kind.CODE, "Labour contract of a wage worker."),
    HI_CARD("healthInsuranceCardNumber", "Số thẻ BHYT", false, null, Kind.TEXT, "Health-insurance card: 2 letters and 13 digits."),
    HI_EXPIRY("healthInsuranceExpiry", "Hạn thẻ BHYT", false, null, Kind.DATE, "Card expiry date; required with a card number."),
    JOINED_ON("joinedOn", "Ngày vào hộ", false, null, Kind.DATE, "When the member joined the household; today when empty.");

    /** How a cell is read. */
    public enum Kind { TEXT, INTEGER, DECIMAL, DATE, BOOLEAN, CODE, CODE_LIST }

    public final String field;
    public final String headerVi;
    public final boolean household;
    public final Class<? extends Enum<?>> codes;
    public final Kind kind;
    public final String description;

    Column(String field, String headerVi, boolean household, Class<? extends Enum<?>> codes, Kind kind, String description) {
        this.field = field;
        this.headerVi = headerVi;
        this.household = household;
        this.codes = codes;
        this.kind = kind;
        this.description = description;
    }

    /** The English header: the field's own name (its last part). */
    public String headerEn() {
        return field.substring(field.lastIndexOf('/') + 1);
    }

    /** The body's pointer for this column; member columns are under /members/i. */
    public String pointer(int memberIndex) {
        return household ? "/" + field : "/members/" + memberIndex + "/" + field;
    }

    public List<String> codeValues() {
        if (codes == null) {
            return List.of();
        }
        return java.util.Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList();
    }

    /** The column a header names, in either language, ignoring case, accents' encoding and spacing. */
    public static Optional<Column> byHeader(String header) {
        String h = key(header);
        for (Column c : values()) {
            if (key(c.headerVi).equals(h) || key(c.headerEn()).equals(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The column of a pointer's field ("/members/2/citizenId" → CITIZEN_ID). */
    public static Optional<Column> byPointer(String pointer) {
        if (pointer == null) {
            return Optional.empty();
        }
        String p = pointer.startsWith("/members/") ? pointer.replaceFirst("^/members/\\d+/", "") : pointer.replaceFirst("^/", "");
        for (Column c : values()) {
            if (c.field.equals(p)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String key(String s) {
        String t = s == null ? "" : s.replace("\uFEFF", "");
        return Normalizer.normalize(t, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
