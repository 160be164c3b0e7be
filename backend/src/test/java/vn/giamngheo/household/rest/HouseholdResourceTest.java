package vn.giamngheo.household.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.giamngheo.testing.Fixtures;
import vn.giamngheo.testing.Tokens;

@QuarkusTest
class HouseholdResourceTest {
    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    private static final String TP1 = "29956";
    private static final String TOWN = "29971";

    @Test
    void registersAHouseholdWithItsMembersAndReturnsItsEtag() {
        Response created = Fixtures.register(TP1, "Nguyễn Văn An");
        String id = created.path("id");
        assertThat(created.header("ETag")).isEqualTo("\"" + created.path("version") + "\"");
        assertThat(created.header("Location")).endsWith("/api/v1/households/" + id);
        assertThat((String) created.path("code")).startsWith("29956-");

        given().auth().oauth2(Tokens.communeOfficer(TP1)).get("/api/v1/households/{id}", id)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("communeName", is("Xã Thường Phước 1"))
                .body("hamletName", is("Ấp 1"))
                .body("headName", is("Nguyễn Văn An"))
                .body("members", hasSize(3))
                .body("members.relationship", containsInAnyOrder("HEAD", "SPOUSE", "CHILD"))
                .body("housing.devices", containsInAnyOrder("SMARTPHONE", "TV"));
    }

    @Test
    void storesNamesInUnicodeNfc() {
        Map<String, Object> body = Fixtures.household(TP1, "Nguye\u0302\u0303n Va\u0306n Ba\u0301ch");
        String id = Fixtures.register(body).path("id");
        given().auth().oauth2(Tokens.districtOfficer()).get("/api/v1/households/{id}", id)
                .then().body("headName", is("Nguyễn Văn Bách"));
    }

    @Test
    void findsHouseholdsByNameWithoutAccentsOrCase() {
        String unique = "Phạm Thị Ngọc Hường " + System.nanoTime() % 100000;
        String id = Fixtures.register(TP1, unique).path("id");
        String typed = "pham thi ngoc huong " + unique.substring(unique.lastIndexOf(' ') + 1);
        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", typed)
                .get("/api/v1/households")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("totalItems", is(1))
                .body("page", is(0)).body("size", is(20));
    }

    @Test
    void findsNameWordsInAnyOrderWithTheLastWordPartlyTyped() {
        String tag = String.valueOf(100000 + System.nanoTime() % 900000);
        String id = Fixtures.register(TP1, "Đặng Thị Thu Hà " + tag).path("id");
        for (String typed : List.of("dang thi thu ha " + tag, "ha " + tag + " dang", tag + " thu h", "DANG " + tag.substring(0, 4))) {
            given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", typed).get("/api/v1/households")
                    .then().statusCode(200).body("items.id", hasItem(id)).body("totalItemsExact", is(true));
        }
        // whole words of one member: not a fragment from inside a word, not a word the name lacks, not words taken
        // from two members, not one word of the name for two typed words
        for (String typed : List.of("ang thi thu ha " + tag, "dang van " + tag, "bich " + tag, tag + " dang d", "thu thu " + tag)) {
            given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", typed).get("/api/v1/households")
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        String twice = Fixtures.register(TP1, "Lê Minh Minh " + tag).path("id");
        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", "minh minh " + tag).get("/api/v1/households")
                .then().statusCode(200).body("items.id", equalTo(List.of(twice)));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", "%_' -").get("/api/v1/households")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", is(0));
    }

    @Test
    void searchFollowsRenamesMovesAndDepartures() {
        String tag = String.valueOf(100000 + System.nanoTime() % 900000);
        Map<String, Object> body = Fixtures.household(TP1, "Mạc Văn Tín " + tag);
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.get(1).put("fullName", "Trần Thị Bích " + tag);
        members.get(2).put("fullName", "Mạc Minh Khang " + tag);
        Response source = Fixtures.register(body);
        String sourceId = source.path("id");
        String targetId = Fixtures.register(TP1, "Tạ Thị Quyên " + tag).path("id");
        String spouseId = source.path("members.find { it.relationship == 'SPOUSE' }.id");
        String childId = source.path("members.find { it.relationship == 'CHILD' }.id");

        Map<String, Object> renamed = Fixtures.member("Trần Thị Lụa " + tag, "SPOUSE", "FEMALE", LocalDate.of(1981, 9, 3));
        String etag = given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .header("If-Match", source.header("ETag")).body(renamed)
                .put("/api/v1/households/{id}/members/{m}", sourceId, spouseId)
                .then().statusCode(200).extract().header("ETag");
        assertThat(foundBy("bich " + tag)).doesNotContain(sourceId);
        assertThat(foundBy("lua " + tag)).contains(sourceId);

        etag = given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("targetHouseholdId", targetId, "relationship", "GRANDCHILD", "date", LocalDate.now().toString()))
                .post("/api/v1/households/{id}/members/{m}/transfer", sourceId, childId)
                .then().statusCode(200).extract().header("ETag");
        assertThat(foundBy("khang " + tag)).contains(targetId).doesNotContain(sourceId);

        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("date", LocalDate.now().toString(), "reason", "DIED"))
                .post("/api/v1/households/{id}/members/{m}/departure", sourceId, spouseId)
                .then().statusCode(200);
        assertThat(foundBy("lua " + tag)).doesNotContain(sourceId);
        assertThat(foundBy("tin " + tag)).contains(sourceId);
    }

    private static List<String> foundBy(String typed) {
        return given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", typed).get("/api/v1/households")
                .then().statusCode(200).extract().path("items.id");
    }

    @Test
    void findsAHouseholdByExactCitizenIdAndCode() {
        Map<String, Object> body = Fixtures.household(TP1, "Lê Văn Cường");
        String citizenId = (String) ((List<Map<String, Object>>) body.get("members")).get(1).get("citizenId");
        Response created = Fixtures.register(body);
        String id = created.path("id");
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("citizenId", citizenId).get("/api/v1/households")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("code", (String) created.path("code")).get("/api/v1/households")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().auth().oauth2(Tokens.districtOfficer()).queryParam("q", (String) created.path("code")).get("/api/v1/households")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void listsOnlyTheCallersCommuneAndNoIdentityNumbers() {
        Fixtures.register(TOWN, "Võ Văn Đông");
        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("size", 100).get("/api/v1/households")
                .then().statusCode(200)
                .body("items.communeCode", everyItem(is(TP1)))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("citizenId")));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("communeCode", TOWN).get("/api/v1/households")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", is(0));
    }

    @Test
    void aCommuneOfficerCannotSeeAHouseholdOfAnotherCommune() {
        String other = Fixtures.register(TOWN, "Huỳnh Văn Em").path("id");
        given().auth().oauth2(Tokens.communeOfficer(TP1)).get("/api/v1/households/{id}", other)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", is("HOUSEHOLD_NOT_FOUND"));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).get("/api/v1/households/{id}/history", other)
                .then().statusCode(404).body("code", is("HOUSEHOLD_NOT_FOUND"));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("hamletCode", TOWN + "-01", "address", "x")).put("/api/v1/households/{id}", other)
                .then().statusCode(404).body("code", is("HOUSEHOLD_NOT_FOUND"));
    }

    @Test
    void aCommuneOfficerCannotRegisterInAnotherCommune() {
        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .body(Fixtures.household(TOWN, "Đặng Văn Giàu"))
                .post("/api/v1/households")
                .then().statusCode(403).contentType("application/problem+json").body("code", is("OUTSIDE_AREA"));
    }

    @Test
    void auditorsReadButCannotWrite() {
        String id = Fixtures.register(TOWN, "Bùi Thị Hoa").path("id");
        given().auth().oauth2(Tokens.auditor()).get("/api/v1/households/{id}", id).then().statusCode(200);
        given().auth().oauth2(Tokens.auditor()).contentType(ContentType.JSON).body(Fixtures.household(TOWN, "X Y"))
                .post("/api/v1/households")
                .then().statusCode(403).contentType("application/problem+json").body("code", is("FORBIDDEN"));
    }

    @Test
    void departmentOfficersHaveNoAccessToHouseholds() {
        given().auth().oauth2(Tokens.departmentOfficer()).get("/api/v1/households")
                .then().statusCode(403).body("code", is("FORBIDDEN"));
    }

    @Test
    void rejectsCallsWithoutOrWithAnExpiredToken() {
        given().get("/api/v1/households")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
                .body("code", is("UNAUTHENTICATED"));
        given().auth().oauth2(Tokens.expiredDistrictOfficer()).get("/api/v1/households")
                .then().statusCode(401).contentType("application/problem+json").body("code", is("UNAUTHENTICATED"));
        given().auth().oauth2("not-a-token").get("/api/v1/households")
                .then().statusCode(401).body("code", is("UNAUTHENTICATED"));
        String otherAudience = io.smallrye.jwt.build.Jwt.claims().issuer(Tokens.ISSUER).audience("another-service")
                .claim("preferred_username", "huyen.lan").claim("realm_access", Map.of("roles", List.copyOf(Tokens.expand("district-officer"))))
                .expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(otherAudience).get("/api/v1/households")
                .then().statusCode(401).body("code", is("UNAUTHENTICATED"));
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        Response created = Fixtures.register(TP1, "Trương Văn Hải");
        String id = created.path("id");
        Map<String, Object> update = Map.of("hamletCode", TP1 + "-02", "address", "Ấp 2, tổ 5",
                "housing", Map.of("floorAreaM2", 20, "roofMaterial", "BAMBOO_LEAVES"));

        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON).body(update)
                .put("/api/v1/households/{id}", id)
                .then().statusCode(428).contentType("application/problem+json").body("code", is("IF_MATCH_REQUIRED"));

        Response updated = given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(update)
                .put("/api/v1/households/{id}", id)
                .then().statusCode(200)
                .body("hamletCode", is(TP1 + "-02"))
                .body("housing.roofMaterial", is("BAMBOO_LEAVES"))
                .extract().response();
        assertThat(updated.header("ETag")).isNotEqualTo(created.header("ETag"));

        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(update)
                .put("/api/v1/households/{id}", id)
                .then().statusCode(412).contentType("application/problem+json").body("code", is("STALE_VERSION"));
    }

    @Test
    void keepsWhoChangedWhatInTheHistoryWithoutIdentityNumbers() {
        Response created = Fixtures.register(TP1, "Cao Văn Khoa");
        String id = created.path("id");
        String spouseId = created.path("members.find { it.relationship == 'SPOUSE' }.id");
        Map<String, Object> spouse = Fixtures.member("Trần Thị Bích Ngọc", "SPOUSE", "FEMALE", LocalDate.of(1981, 9, 3));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(spouse)
                .put("/api/v1/households/{id}/members/{m}", id, spouseId)
                .then().statusCode(200);

        given().auth().oauth2(Tokens.communeOfficer(TP1)).get("/api/v1/households/{id}/history", id)
                .then().statusCode(200)
                .body("totalItems", is(2))
                .body("items[0].action", is("MEMBER_UPDATED"))
                .body("items[0].actor", is("xa.29956"))
                .body("items[0].changes.field", hasItem("members[Trần Thị Bích Ngọc].fullName"))
                .body("items[0].changes.find { it.field == 'members[Trần Thị Bích Ngọc].citizenId' }.masked", is(true))
                .body("items[0].changes.find { it.field == 'members[Trần Thị Bích Ngọc].citizenId' }.from", org.hamcrest.Matchers.nullValue())
                .body("items[1].action", is("HOUSEHOLD_REGISTERED"))
                .body("items[1].actor", is("huyen.lan"));
    }

    @Test
    void aCitizenIdBelongsToOneActiveMemberOnly() {
        Map<String, Object> first = Fixtures.household(TP1, "Đỗ Văn Lâm");
        Fixtures.register(first);
        Map<String, Object> second = Fixtures.household(TP1, "Đỗ Văn Minh");
        Object taken = ((List<Map<String, Object>>) first.get("members")).get(1).get("citizenId");
        ((List<Map<String, Object>>) second.get("members")).get(2).put("citizenId", taken);
        ((List<Map<String, Object>>) second.get("members")).get(2).put("sex", "FEMALE");
        ((List<Map<String, Object>>) second.get("members")).get(2).put("dateOfBirth", "1981-09-03");
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(second)
                .post("/api/v1/households")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", is("DUPLICATE_CITIZEN_ID"))
                .body("errors[0].pointer", is("/members/2/citizenId"));
    }

    @Test
    void archivingFreesTheCitizenIdsAndBlocksFurtherChanges() {
        Map<String, Object> body = Fixtures.household(TP1, "Mai Văn Nam");
        Response created = Fixtures.register(body);
        String id = created.path("id");
        Response archived = given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(Map.of("reason", "MOVED_AWAY", "note", "Chuyển đi Cao Lãnh"))
                .post("/api/v1/households/{id}/archive", id)
                .then().statusCode(200).body("archived", is(true)).body("archiveReason", is("MOVED_AWAY"))
                .extract().response();

        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .header("If-Match", archived.header("ETag")).body(Map.of("hamletCode", TP1 + "-01", "address", "x"))
                .put("/api/v1/households/{id}", id)
                .then().statusCode(422).body("code", is("HOUSEHOLD_ARCHIVED"));

        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("archived", true).queryParam("code", (String) created.path("code"))
                .get("/api/v1/households").then().statusCode(200).body("items", hasSize(1));

        Map<String, Object> again = Fixtures.household(TP1, "Mai Văn Nam");
        ((List<Map<String, Object>>) again.get("members")).set(0, ((List<Map<String, Object>>) body.get("members")).get(0));
        Fixtures.register(again);
    }

    @Test
    void mergedNeedsTheHouseholdItMergedInto() {
        Response created = Fixtures.register(TP1, "Lý Văn Phúc");
        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(Map.of("reason", "MERGED"))
                .post("/api/v1/households/{id}/archive", (String) created.path("id"))
                .then().statusCode(400).body("errors[0].pointer", is("/mergedIntoHouseholdId"));
    }

    @Test
    void keepsWhoWasAMemberWhen() {
        Response source = Fixtures.register(TP1, "Phan Văn Quang");
        Response target = Fixtures.register(TP1, "Tạ Thị Quyên");
        String sourceId = source.path("id");
        String childId = source.path("members.find { it.relationship == 'CHILD' }.id");
        String personId = source.path("members.find { it.relationship == 'CHILD' }.personId");

        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON)
                .header("If-Match", source.header("ETag"))
                .body(Map.of("targetHouseholdId", target.path("id"), "relationship", "GRANDCHILD", "date", LocalDate.now().minusDays(1).toString()))
                .post("/api/v1/households/{id}/members/{m}/transfer", sourceId, childId)
                .then().statusCode(200).body("members", hasSize(2)).body("members.id", org.hamcrest.Matchers.not(hasItem(childId)));

        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("asOf", LocalDate.now().minusDays(2).toString())
                .get("/api/v1/households/{id}/members", sourceId)
                .then().statusCode(200).body("items", hasSize(3)).body("items.personId", hasItem(personId));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).get("/api/v1/households/{id}/members", sourceId)
                .then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).get("/api/v1/households/{id}", (String) target.path("id"))
                .then().body("members", hasSize(4))
                .body("members.find { it.personId == '" + personId + "' }.relationship", is("GRANDCHILD"))
                .body("members.find { it.personId == '" + personId + "' }.joinReason", is("TRANSFERRED_IN"));
    }

    @Test
    void theHeadCannotLeaveButCanBeReplaced() {
        Response created = Fixtures.register(TP1, "Hồ Văn Sáu");
        String id = created.path("id");
        String headId = created.path("headMemberId");
        String spouseId = created.path("members.find { it.relationship == 'SPOUSE' }.id");
        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("date", LocalDate.now().toString(), "reason", "DIED"))
                .post("/api/v1/households/{id}/members/{m}/departure", id, headId)
                .then().statusCode(422).body("code", is("CANNOT_REMOVE_HEAD"));

        Response changed = given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("memberId", spouseId, "formerHeadRelationship", "SPOUSE"))
                .post("/api/v1/households/{id}/head", id)
                .then().statusCode(200).body("headMemberId", is(spouseId)).body("headName", is("Trần Thị Bích"))
                .extract().response();

        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON).header("If-Match", changed.header("ETag"))
                .body(Map.of("date", LocalDate.now().toString(), "reason", "DIED"))
                .post("/api/v1/households/{id}/members/{m}/departure", id, headId)
                .then().statusCode(200).body("members", hasSize(2));
    }

    @Test
    void addsAMemberBornToday() {
        Response created = Fixtures.register(TP1, "Kiều Văn Tài");
        Map<String, Object> baby = Fixtures.member("Kiều Gia Bảo", "CHILD", "MALE", LocalDate.now());
        baby.remove("citizenId");
        given().auth().oauth2(Tokens.communeOfficer(TP1)).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(baby).post("/api/v1/households/{id}/members", (String) created.path("id"))
                .then().statusCode(201).header("ETag", notNullValue()).body("members", hasSize(4));
    }

    @Test
    void explainsEveryInvalidFieldWithAPointer() {
        Map<String, Object> body = Fixtures.household(TP1, "Ngô Văn Tú");
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.get(0).put("citizenId", "087178001234");
        members.get(1).put("relationship", "HEAD");
        members.get(2).put("fullName", " ");
        body.put("hamletCode", "29971-01");
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/households")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", is("VALIDATION_FAILED"))
                .body("errors.pointer", hasItem("/members/2/fullName"));

        members.get(2).put("fullName", "Ngô Minh Tâm");
        given().auth().oauth2(Tokens.districtOfficer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/households")
                .then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/hamletCode", "/members", "/members/0/citizenId"))
                .body("errors.find { it.pointer == '/members/0/citizenId' }.code", is("CITIZEN_ID_SEX_CENTURY"))
                .body("errors.find { it.pointer == '/members' }.code", is("ONE_HEAD_ONLY"));
    }

    @Test
    void saysAtLeastWhenACommonNameMatchesMoreThanAThousandHouseholds() throws Exception {
        String family = "Khúc" + (System.nanoTime() % 100000);
        try (var c = db.getConnection(); var st = c.prepareStatement("""
                with h as (
                    insert into household (id, code, commune_code, hamlet_code, address, head_name, member_count,
                                           created_at, created_by, updated_at, updated_by)
                    select gen_random_uuid(), '29956-' || lpad(nextval('household_code_seq')::text, 6, '0'), '29956', '29956-01',
                           'Số ' || n, ? || ' Văn ' || n, 1, now(), 'test', now(), 'test'
                    from generate_series(1, 1005) n
                    returning id, head_name)
                insert into household_member (id, person_id, household_id, full_name, date_of_birth, sex, relationship,
                    ethnicity, disability, school_attendance, education_level, employment, labour_contract, joined_on, join_reason, active)
                select gen_random_uuid(), gen_random_uuid(), h.id, h.head_name, date '1970-01-01', 'MALE', 'HEAD', 'KINH', 'NONE',
                       'NOT_APPLICABLE', 'NONE', 'SELF_EMPLOYED', 'NOT_APPLICABLE', date '2000-01-01', 'REGISTERED', true
                from h""")) {
            st.setString(1, family);
            st.executeUpdate();
        }
        String unaccented = java.text.Normalizer.normalize(family, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", unaccented).get("/api/v1/households")
                .then().statusCode(200)
                .body("totalItems", is(1000)).body("totalItemsExact", is(false)).body("totalPages", is(50)).body("items", hasSize(20));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", unaccented).queryParam("page", 50).get("/api/v1/households")
                .then().statusCode(200).body("items", hasSize(5)).body("totalItems", is(1005)).body("totalItemsExact", is(false));
        given().auth().oauth2(Tokens.communeOfficer(TP1)).queryParam("q", unaccented + " van 1000").get("/api/v1/households")
                .then().statusCode(200).body("totalItems", is(1)).body("totalItemsExact", is(true));
    }
}
