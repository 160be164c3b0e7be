package vn.giamngheo.area.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AreaResourceTest {

    @Test
    void listsTheTenCommunesOfTheDistrictWithoutALogin() {
        given().queryParam("level", "COMMUNE").queryParam("parentCode", "870").get("/api/v1/areas")
                .then().statusCode(200)
                .body("totalItems", is(10))
                .body("items.code", hasItems("29956", "29962", "29971", "29974", "29977", "29980", "29983", "29992", "29995", "29998"))
                .body("items.find { it.code == '29971' }.areaType", is("URBAN"))
                .body("items.find { it.code == '29971' }.unitType", is("TOWNSHIP"))
                .body("items.find { it.code == '29977' }.name", is("Xã Thường Lạc"));
    }

    @Test
    void hamletsAreMarkedAsDemoData() {
        given().queryParam("parentCode", "29971").get("/api/v1/areas")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.demo", everyItem(is(true)))
                .body("items[0].name", is("Khóm 1"));
    }

    @Test
    void fetchesOneUnitOrAnswersNotFound() {
        given().get("/api/v1/areas/870").then().statusCode(200).body("name", is("Huyện Hồng Ngự")).body("parentCode", is("87"));
        given().get("/api/v1/areas/99999").then().statusCode(404).contentType("application/problem+json").body("code", is("AREA_NOT_FOUND"));
    }
}
