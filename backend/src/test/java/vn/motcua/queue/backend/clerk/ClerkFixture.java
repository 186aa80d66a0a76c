package vn.motcua.queue.backend.clerk;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.queue.backend.support.Users;

/**
 * A center as a ward's one-stop desk would have it, built through the admin API: counter 1 serves civil
 * status, land and business; counter 2 serves certification. Counters are created closed, so that a clerk
 * signs in to one by opening it (TestCenter.counter would open them as the admin).
 */
final class ClerkFixture {

    final String code;

    private ClerkFixture(String code) {
        this.code = code;
    }

    static ClerkFixture create() {
        String code = ("BT-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Bộ phận Một cửa phường Bến Thành", "timeZone", "Asia/Ho_Chi_Minh",
                        "opensAt", "00:00", "closesAt", "23:59:59", "openDays", "1,2,3,4,5,6,7",
                        "callingPolicy", "FIFO"))
                .post("/api/admin/centers").then().statusCode(201);
        ClerkFixture c = new ClerkFixture(code);
        c.service("HT", "Hộ tịch", "A", 15);
        c.service("DD", "Đất đai", "B", 30);
        c.service("KD", "Đăng ký kinh doanh", "C", 30);
        c.service("CT", "Chứng thực", "D", 15);
        c.counter(1, "Quầy số 1", "HT", "DD", "KD");
        c.counter(2, "Quầy số 2", "CT");
        return c;
    }

    private void service(String service, String name, String prefix, int target) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", service, "name", name, "prefix", prefix, "targetWaitMinutes", target,
                        "defaultServiceMinutes", 10, "priorityMode", "STRICT"))
                .post("/api/admin/centers/{c}/services", code).then().statusCode(201);
    }

    private void counter(int number, String name, String... services) {
        List<Map<String, Object>> profile = java.util.Arrays.stream(services)
                .map(s -> Map.<String, Object>of("service", s, "weight", 1.0)).toList();
        given().contentType(ContentType.JSON).body(Map.of("number", number, "name", name, "services", profile))
                .post("/api/admin/centers/{c}/counters", code).then().statusCode(201);
    }

    String clerk() {
        return Users.create("CLERK", code);
    }

    String supervisor() {
        return Users.create("SUPERVISOR", code);
    }

    /** Issues a ticket as the admin; answers the ticket as JSON. */
    JsonPath issue(String service, String priority) {
        Map<String, Object> body = new HashMap<>(Map.of("service", service));
        if (priority != null) {
            body.put("priority", priority);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/centers/{c}/tickets", code)
                .then().statusCode(201).extract().jsonPath();
    }

    JsonPath issue(String service) {
        return issue(service, null);
    }

    static JsonPath ticket(String id) {
        return Users.anonymous().get("/api/tickets/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    /** The counter as GET /api/centers/{c}/counters shows it (number, status, clerk, currentTicket ...). */
    Map<String, Object> counterState(int number) {
        List<Map<String, Object>> counters = given().get("/api/centers/{c}/counters", code).then().statusCode(200)
                .extract().jsonPath().getList("$");
        return counters.stream().filter(k -> ((Number) k.get("number")).intValue() == number).findFirst().orElseThrow();
    }
}
