package vn.motcua.queue.backend.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;

/** Health, OpenAPI and Prometheus metrics are served. */
@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void healthIsReady() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }

    @Test
    void openApiDocumentsTheContractPaths() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/centers/{center}/tickets"))
                .body(containsString("/api/centers/{center}/counters/{number}/next"))
                .body(containsString("/api/tickets/{id}/transfer"))
                .body(containsString("/api/devices/heartbeat"))
                .body(containsString("Idempotency-Key"));
    }

    @Test
    void metricsCountIssuedAndCalledTicketsAndWaitingPerService() {
        TestCenter c = TestCenter.create("MET").service("S", "A").counter(1, "S");
        c.issueId("S");
        c.issueId("S");
        c.next(1).then().statusCode(200);
        String issued = "motcua_tickets_issued_total{center=\"" + c.code + "\",service=\"S\"} 2.0";
        String called = "motcua_tickets_called_total{center=\"" + c.code + "\",service=\"S\"} 1.0";
        String waiting = "motcua_tickets_waiting{center=\"" + c.code + "\",service=\"S\"} 1.0";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().get("/q/metrics").then().statusCode(200)
                .body(containsString(issued)).body(containsString(called)).body(containsString(waiting)));
    }
}
