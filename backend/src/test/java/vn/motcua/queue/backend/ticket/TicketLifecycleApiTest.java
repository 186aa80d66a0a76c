package vn.motcua.queue.backend.ticket;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;

/** A ticket's life through the API, as a clerk and a kiosk live it. */
@QuarkusTest
class TicketLifecycleApiTest {

    @Inject
    TestTimeSource time;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void issuedTicketIsCalledRecalledStartedAndFinished() {
        TestCenter c = TestCenter.create("LIFE").service("S", "A").counter(1, "S");
        String id = c.issue("S").then().statusCode(201)
                .body("number", equalTo("A001")).body("status", equalTo("WAITING"))
                .body("center", equalTo(c.code)).body("serviceName", equalTo("Dịch vụ S"))
                .body("priority", equalTo("NONE")).body("channel", equalTo("COUNTER"))
                .body("position", equalTo(0)).body("issuedAt", containsString("+07:00"))
                .extract().path("id");
        c.next(1).then().statusCode(200).body("id", equalTo(id)).body("status", equalTo("CALLED"))
                .body("counter", equalTo(1)).body("calledAt", notNullValue()).body("position", nullValue());
        TestCenter.act(id, "recall").then().statusCode(200).body("recalls", equalTo(1));
        TestCenter.act(id, "start").then().statusCode(200).body("status", equalTo("SERVING"));
        TestCenter.act(id, "finish").then().statusCode(200).body("status", equalTo("DONE"))
                .body("finishedAt", notNullValue());
        given().get("/api/tickets/{id}", id).then().statusCode(200).body("status", equalTo("DONE"));
        c.next(1).then().statusCode(204);
    }

    @Test
    void callNextSkipsTicketsOfOtherServicesAndServesPriorityFirstUnderStrict() {
        TestCenter c = TestCenter.create("PRIO").service("S", "A").service("T", "B").counter(1, "S");
        c.issue("T").then().statusCode(201);
        c.issue("S").then().statusCode(201);
        String elderly = c.issue(Map.of("service", "S", "priority", "ELDERLY")).then().statusCode(201)
                .body("priority", equalTo("ELDERLY")).extract().path("id");
        c.next(1).then().statusCode(200).body("id", equalTo(elderly)).body("service", equalTo("S"));
    }

    @Test
    void transferredTicketKeepsItsNumberAndGoesToTheFrontOfTheNewService() {
        TestCenter c = TestCenter.create("XFER").service("S", "A").service("T", "B")
                .counter(1, "S").counter(2, "T");
        String waitingInT = c.issueId("T");
        String moved = c.issueId("S");
        c.next(1).then().body("id", equalTo(moved));
        TestCenter.act(moved, "start").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("service", "T"))
                .post("/api/tickets/{id}/transfer", moved).then().statusCode(200)
                .body("status", equalTo("WAITING")).body("service", equalTo("T")).body("number", equalTo("A001"))
                .body("position", equalTo(0)).body("counter", nullValue());
        given().get("/api/tickets/{id}", waitingInT).then().body("position", equalTo(1));
        c.next(2).then().statusCode(200).body("id", equalTo(moved));
    }

    @Test
    void noShowMayRejoinWithinTheCentersMinutesButNotAfter() {
        TestCenter c = TestCenter.create("NOSH").service("S", "A").counter(1, "S");
        Instant t0 = Instant.now();
        time.set(t0);
        String first = c.issueId("S");
        time.set(t0.plusSeconds(60));
        String second = c.issueId("S");
        c.next(1).then().body("id", equalTo(first));
        TestCenter.act(first, "no-show").then().statusCode(200).body("status", equalTo("NO_SHOW"));
        time.set(t0.plus(Duration.ofMinutes(5)));
        TestCenter.act(first, "rejoin").then().statusCode(200).body("status", equalTo("WAITING"))
                .body("position", equalTo(0));
        c.next(1).then().body("id", equalTo(first));
        TestCenter.act(first, "no-show").then().statusCode(200);
        time.set(t0.plus(Duration.ofMinutes(25)));
        TestCenter.act(first, "rejoin").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("15 minutes"));
        c.next(1).then().body("id", equalTo(second));
    }

    @Test
    void cancelIsOnlyForWaitingTicketsAndTheRefusalNamesTheState() {
        TestCenter c = TestCenter.create("CANC").service("S", "A").counter(1, "S");
        String a = c.issueId("S");
        String b = c.issueId("S");
        c.next(1).then().body("id", equalTo(a));
        TestCenter.act(a, "cancel").then().statusCode(409).body("detail", containsString("CALLED"));
        TestCenter.act(b, "cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        TestCenter.act(a, "no-show").then().statusCode(200);
        c.next(1).then().statusCode(204);
    }

    @Test
    void counterMustBeOpenAndFreeToCallNext() {
        TestCenter c = TestCenter.create("CNTR").service("S", "A").counter(1, "S");
        c.issueId("S");
        c.issueId("S");
        given().post("/api/centers/{c}/counters/1/pause", c.code).then().statusCode(200)
                .body("status", equalTo("PAUSED"));
        c.next(1).then().statusCode(409).body("detail", containsString("PAUSED"));
        given().post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        String called = c.next(1).then().statusCode(200).extract().path("id");
        c.next(1).then().statusCode(409).body("detail", containsString("finish it"));
        given().post("/api/centers/{c}/counters/1/close", c.code).then().statusCode(409);
        given().get("/api/centers/{c}/counters", c.code).then().statusCode(200)
                .body("[0].currentTicket.id", equalTo(called)).body("[0].services", org.hamcrest.Matchers.contains("S"));
    }

    @Test
    void kioskReportsPrintingAndHeartbeatWithItsToken() {
        TestCenter c = TestCenter.create("KIOS").service("S", "A");
        String token = c.kiosk("k1");
        String id = given().auth().none().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code)
                .then().statusCode(201).body("channel", equalTo("KIOSK")).extract().path("id");
        given().auth().none().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("ok", false, "error", "PAPER_OUT")).post("/api/tickets/{id}/printed", id)
                .then().statusCode(200);
        given().auth().none().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("status", "WARNING", "details", Map.of("printer", "PAPER_NEAR_END")))
                .post("/api/devices/heartbeat").then().statusCode(204);
        given().get("/api/admin/centers/{c}/devices", c.code).then()
                .body("[0].status", equalTo("WARNING")).body("[0].details", containsString("PAPER_NEAR_END"));
        given().auth().none().contentType(ContentType.JSON).body(Map.of("status", "OK")).post("/api/devices/heartbeat")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().none().header("Authorization", "Bearer wrong").contentType(ContentType.JSON)
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code).then().statusCode(401);
        given().post("/api/admin/centers/{c}/devices/k1/revoke", c.code).then().statusCode(200);
        given().auth().none().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("status", "OK")).post("/api/devices/heartbeat").then().statusCode(401);
    }

    @Test
    void estimatedWaitRunsTheQueueForwardFromNow() {
        TestCenter c = TestCenter.create("ESTI").service("S", "A", 15, 10, "STRICT").counter(1, "S");
        String a = c.issueId("S");
        String b = c.issueId("S");
        String d = c.issueId("S");
        assertThat(given().get("/api/tickets/{id}", a).then().extract().<Integer>path("estimatedWaitMinutes")).isZero();
        given().get("/api/tickets/{id}", b).then().body("estimatedWaitMinutes", equalTo(10)).body("position", equalTo(1));
        given().get("/api/tickets/{id}", d).then().body("estimatedWaitMinutes", equalTo(20)).body("position", equalTo(2));
        given().get("/api/centers/{c}/services", c.code).then().statusCode(200)
                // 3 x 10 min ahead, plus the 15 % overtake allowance for a new ticket: 34.5 -> 35
                .body("[0].waiting", equalTo(3)).body("[0].estimatedWaitMinutes", equalTo(35))
                .body("[0].open", equalTo(true));
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheFirstTicketEvenOnceItsServiceClosed() {
        TestCenter c = TestCenter.create("IDCL").service("S", "A");
        // a kiosk whose first answer was lost sends the same request again, after the service closed meanwhile
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", "press-1")
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("open", false))
                .put("/api/admin/centers/{c}/services/S", c.code).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "press-1")
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code)
                .then().statusCode(200).body("id", equalTo(first)).body("number", equalTo("A001"));
        // a refused request claims nothing: its key works once the service is open again
        given().contentType(ContentType.JSON).header("Idempotency-Key", "press-2")
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("open", true))
                .put("/api/admin/centers/{c}/services/S", c.code).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Idempotency-Key", "press-2")
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code)
                .then().statusCode(201).body("number", equalTo("A002"));
    }

    @Test
    void aKeyUsedMoreThanADayAgoAndNotYetPurgedAsksForANewKeyAndIssuesNothing() {
        TestCenter c = TestCenter.create("IDOL").service("S", "A");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "press-old")
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code).then().statusCode(201);
        time.advance(Duration.ofHours(25));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "press-old")
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Idempotency-Key"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "press-new")
                .body(Map.of("service", "S")).post("/api/centers/{c}/tickets", c.code).then().statusCode(201);
        // the first ticket and the new key's: the refused request added nobody to the line
        given().get("/api/centers/{c}/services", c.code).then().statusCode(200).body("[0].waiting", equalTo(2));
    }
}
