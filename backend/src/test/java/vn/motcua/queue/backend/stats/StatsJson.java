package vn.motcua.queue.backend.stats;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** GETs a statistics endpoint of a center (expecting 200) and reads the JSON as a tree. */
final class StatsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StatsJson() {
    }

    /** {@code endpoint} e.g. "heatmap"; {@code query} without "?" (may be empty). */
    static JsonNode get(String center, String endpoint, String query) {
        String body = given().get("/api/centers/{c}/stats/" + endpoint + (query.isEmpty() ? "" : "?" + query), center)
                .then().statusCode(200).extract().asString();
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }

    static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
