package vn.giamngheo.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies and households for API tests; every call yields fresh citizen ids so tests never collide. */
public final class Fixtures {
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 400_000));

    private Fixtures() {
    }

    /** A structurally valid citizen id for the sex and birth date (Đồng Tháp, province 087). */
    public static String citizenId(String sex, LocalDate born) {
        int century = born.getYear() / 100 - 19;
        int digit = century * 2 + ("FEMALE".equals(sex) ? 1 : 0);
        return String.format("087%d%02d%06d", digit, born.getYear() % 100, SERIAL.incrementAndGet() % 1_000_000);
    }

    public static Map<String, Object> member(String name, String relationship, String sex, LocalDate born) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", name);
        m.put("dateOfBirth", born.toString());
        m.put("sex", sex);
        m.put("relationship", relationship);
        m.put("citizenId", citizenId(sex, born));
        m.put("ethnicity", "KINH");
        m.put("disability", "NONE");
        m.put("schoolAttendance", "NOT_APPLICABLE");
        m.put("educationLevel", "LOWER_SECONDARY");
        m.put("employment", "SELF_EMPLOYED");
        m.put("labourContract", "NOT_APPLICABLE");
        m.put("joinedOn", (born.isAfter(LocalDate.of(2015, 1, 1)) ? born : LocalDate.of(2015, 1, 1)).toString());
        return m;
    }

    public static Map<String, Object> household(String communeCode, String headName) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("communeCode", communeCode);
        h.put("hamletCode", communeCode + "-01");
        h.put("address", "Số 12, đường Nguyễn Huệ");
        h.put("phone", "0912345678");
        h.put("monthlyIncomePerCapitaVnd", 1_400_000);
        h.put("housing", new LinkedHashMap<>(Map.of("floorAreaM2", 36.5, "wallMaterial", "BRICK_STONE", "roofMaterial", "METAL_SHEET",
                "waterSource", "PIPED", "latrineType", "SEPTIC", "usesTelecom", true, "devices", List.of("TV", "SMARTPHONE"))));
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(member(headName, "HEAD", "MALE", LocalDate.of(1978, 4, 12)));
        members.add(member("Trần Thị Bích", "SPOUSE", "FEMALE", LocalDate.of(1981, 9, 3)));
        Map<String, Object> child = member("Nguyễn Minh Khang", "CHILD", "MALE", LocalDate.of(2012, 6, 1));
        child.put("schoolAttendance", "ATTENDING");
        child.put("educationLevel", "PRIMARY");
        child.put("employment", "STUDENT");
        members.add(child);
        h.put("members", members);
        return h;
    }

    /** Registers a household as a district officer and returns the response. */
    public static Response register(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/households")
                .then().statusCode(201).extract().response();
    }

    public static Response register(String communeCode, String headName) {
        return register(household(communeCode, headName));
    }

    /**
     * A frozen status of a review cycle, written as consolidation writes it, for households a test did not review through
     * the API (a cycle of the API works on days of its own year).
     */
    public static void frozenStatus(String householdId, String cycleId, int year, String start, String end, String transition,
                                    LocalDate decidedOn, LocalDate escapedOn) throws SQLException {
        Sql.update("insert into household_status_record (id, household_id, cycle_id, year, commune_code, status_start, status_end, transition,"
                + " standard_code, decided_on, escaped_on, frozen_at) select gen_random_uuid(), h.id, '" + cycleId + "', " + year
                + ", h.commune_code, '" + start + "', '" + end + "', '" + transition + "', 'ND07_2021', date '" + decidedOn + "', "
                + (escapedOn == null ? "null" : "date '" + escapedOn + "'") + ", now() from household h where h.id = '" + householdId + "'");
    }

    /** Saves the household unchanged: the registry announces a change, and its entitlements follow its frozen status. */
    public static void announce(String householdId) {
        Response h = given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}", householdId).then().statusCode(200)
                .extract().response();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hamletCode", h.path("hamletCode"));
        body.put("address", h.path("address"));
        body.put("phone", h.path("phone"));
        body.put("monthlyIncomePerCapitaVnd", h.path("monthlyIncomePerCapitaVnd"));
        body.put("housing", h.path("housing"));
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).header("If-Match", h.header("ETag")).body(body)
                .put("/api/v1/households/{id}", householdId).then().statusCode(200);
    }
}
