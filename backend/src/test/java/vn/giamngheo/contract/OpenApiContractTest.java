package vn.giamngheo.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The served contract and the committed openapi.yaml must be the same document; `make openapi` refreshes the file. */
@QuarkusTest
class OpenApiContractTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void servedDocumentMatchesTheCommittedContract() throws Exception {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String committed = Files.readString(Path.of("..", "openapi.yaml"));
        String a = canonical(committed);
        String b = canonical(served);
        assertThat(a).as("openapi.yaml differs from the served document; run `make openapi` and review the diff:%n%s", diff(a, b))
                .isEqualTo(b);
    }

    private static String canonical(String yaml) throws Exception {
        Object tree = YAML.readValue(yaml, Object.class);
        return YAML.writeValueAsString(YAML.readValue(YAML.writeValueAsString(tree), Object.class));
    }

    /** Lines only in the committed file (-) or only in the served document (+), in order. */
    private static String diff(String committed, String served) {
        Set<String> left = new LinkedHashSet<>(List.of(committed.split("\n")));
        Set<String> right = new LinkedHashSet<>(List.of(served.split("\n")));
        List<String> out = new ArrayList<>();
        left.stream().filter(l -> !right.contains(l)).limit(40).forEach(l -> out.add("- " + l));
        right.stream().filter(l -> !left.contains(l)).limit(40).forEach(l -> out.add("+ " + l));
        return String.join("\n", out);
    }
}
