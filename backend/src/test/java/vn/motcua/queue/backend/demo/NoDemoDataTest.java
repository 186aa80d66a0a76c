package vn.motcua.queue.backend.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outside the demo profile nothing is seeded: no demo center, no well-known device token. */
@QuarkusTest
class NoDemoDataTest {

    @Test
    void withoutTheDemoProfileThereIsNoDemoCenterAndNoDemoToken() {
        given().get("/api/centers").then().statusCode(200).body("code", not(hasItem("HCC-DEMO")));
        given().auth().none().header("Authorization", "Bearer demo-kiosk-1").contentType(ContentType.JSON)
                .body(Map.of("status", "OK")).post("/api/devices/heartbeat").then().statusCode(401);
        given().auth().preemptive().basic("supervisor", "demo").get("/api/centers").then().statusCode(200);
        given().auth().preemptive().basic("admin", "demo").get("/api/admin/centers").then().statusCode(401);
    }
}
