package vn.motcua.queue.backend.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo profile seeds HCC-DEMO with realistic services, twelve counters and two devices. */
@QuarkusTest
@TestProfile(DemoDataTest.Demo.class)
class DemoDataTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("motcua.demo.seed", "true");
        }
    }

    @Test
    void demoCenterHasRealisticServicesCountersAndDevices() {
        given().get("/api/centers").then().body("code", hasItem("HCC-DEMO"));
        given().get("/api/centers/HCC-DEMO/services").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(8))
                .body("name", hasItem("Tư pháp – Hộ tịch"))
                .body("targetWaitMinutes", everyItem(equalTo(15)));
        given().get("/api/centers/HCC-DEMO/counters").then().body("size()", equalTo(12))
                .body("status", everyItem(equalTo("OPEN")));
        given().auth().none().header("Authorization", "Bearer demo-kiosk-1").contentType(ContentType.JSON)
                .body(Map.of("service", "DD")).post("/api/centers/HCC-DEMO/tickets")
                .then().statusCode(201).body("number", equalTo("A001")).body("channel", equalTo("KIOSK"));
        given().auth().preemptive().basic("supervisor", "demo").get("/api/centers/HCC-DEMO/counters")
                .then().statusCode(200);
        given().auth().preemptive().basic("clerk12", "demo").get("/api/centers/HCC-DEMO/counters")
                .then().statusCode(200);
        given().auth().none().header("Authorization", "Bearer demo-display-1").contentType(ContentType.JSON)
                .body(Map.of("status", "OK")).post("/api/devices/heartbeat").then().statusCode(204);
    }
}
