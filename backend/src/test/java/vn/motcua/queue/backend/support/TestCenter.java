package vn.motcua.queue.backend.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a fresh center through the admin API, so each test works on its own data. */
public final class TestCenter {

    public final String code;

    private TestCenter(String code) {
        this.code = code;
    }

    /** A center open every day round the clock, with the given calling policy. */
    public static TestCenter create(String prefix, String policy) {
        String code = (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Test " + code, "timeZone", "Asia/Ho_Chi_Minh",
                        "opensAt", "00:00", "closesAt", "23:59:59", "openDays", "1,2,3,4,5,6,7",
                        "callingPolicy", policy))
                .post("/api/admin/centers").then().statusCode(201);
        return new TestCenter(code);
    }

    public static TestCenter create(String prefix) {
        return create(prefix, "DEADLINE");
    }

    public TestCenter service(String code, String prefix, int targetMinutes, double serviceMinutes, String mode) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Dịch vụ " + code, "prefix", prefix,
                        "targetWaitMinutes", targetMinutes, "defaultServiceMinutes", serviceMinutes,
                        "priorityMode", mode))
                .post("/api/admin/centers/{c}/services", this.code).then().statusCode(201);
        return this;
    }

    public TestCenter service(String code, String prefix) {
        return service(code, prefix, 15, 10, "STRICT");
    }

    /** A counter serving the services in order, opened. */
    public TestCenter counter(int number, String... services) {
        List<Map<String, Object>> profile = new ArrayList<>();
        for (String s : services) {
            profile.add(Map.of("service", s, "weight", 1.0));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("number", number, "services", profile))
                .post("/api/admin/centers/{c}/counters", code).then().statusCode(201);
        given().post("/api/centers/{c}/counters/{n}/open", code, number).then().statusCode(200);
        return this;
    }

    public Response issue(String service) {
        return given().contentType(ContentType.JSON).body(Map.of("service", service))
                .post("/api/centers/{c}/tickets", code);
    }

    public Response issue(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/centers/{c}/tickets", code);
    }

    public String issueId(String service) {
        return issue(service).then().statusCode(201).extract().path("id");
    }

    public Response next(int counter) {
        return given().post("/api/centers/{c}/counters/{n}/next", code, counter);
    }

    public static Response act(String ticketId, String action) {
        return given().post("/api/tickets/{id}/{a}", ticketId, action);
    }

    /** Registers a kiosk and returns its token. */
    public String kiosk(String deviceCode) {
        return given().contentType(ContentType.JSON).body(Map.of("code", deviceCode, "kind", "KIOSK"))
                .post("/api/admin/centers/{c}/devices", code).then().statusCode(201).extract().path("token");
    }
}
