package vn.motcua.queue.backend.clerk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.EventClient;
import vn.motcua.queue.backend.support.TestTimeSource;
import vn.motcua.queue.backend.support.Users;

/** The API the clerk console adds: its read model, finish-and-next and the supervisor's out-of-order call. */
@QuarkusTest
class ClerkConsoleApiTest {

    @Inject
    TestTimeSource clock;
    @TestHTTPResource("/")
    URI base;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void consoleShowsTheTicketAtTheCounterTheLoadOfItsServicesAndItsDay() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(now.minus(Duration.ofMinutes(13)));
        c.issue("HT");                                  // 13 of 15 minutes: warning
        clock.set(now.minus(Duration.ofMinutes(31)));
        String land = c.issue("DD").getString("id");   // 31 of 30 minutes: over
        clock.set(now);
        c.issue("KD");
        c.issue("CT");                                  // not this counter's service

        Users.as(clerk).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        Users.as(clerk).post("/api/centers/{c}/counters/1/next", c.code).then().statusCode(200)
                .body("id", equalTo(land));              // FIFO: the longest waiting
        clock.set(now.plus(Duration.ofMinutes(1)));
        Users.as(clerk).post("/api/tickets/{id}/start", land).then().statusCode(200);
        clock.set(now.plus(Duration.ofMinutes(2)));

        JsonPath console = Users.as(clerk).get("/api/centers/{c}/counters/1/console", c.code).then().statusCode(200)
                .extract().jsonPath();
        assertThat(console.getString("center.name")).isEqualTo("Bộ phận Một cửa phường Bến Thành");
        assertThat(console.getString("counter.status")).isEqualTo("OPEN");
        assertThat(console.getString("counter.clerk")).isEqualTo(clerk);
        assertThat(console.getList("counter.services")).containsExactly("HT", "DD", "KD");
        assertThat(console.getString("currentTicket.number")).isEqualTo("B001");
        assertThat(console.getString("currentTicket.serviceName")).isEqualTo("Đất đai");
        assertThat(console.getString("currentTicket.status")).isEqualTo("SERVING");
        assertThat(console.getLong("currentTicket.waitedSeconds")).isEqualTo(31 * 60);
        assertThat(Instant.parse(console.getString("currentTicket.stepStartedAt").replaceFirst("\\+07:00$", "Z"))
                .minus(Duration.ofHours(7))).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(console.getList("services.code")).containsExactly("HT", "DD", "KD");
        assertThat(console.getList("services.waiting", Integer.class)).containsExactly(1, 0, 1);
        assertThat(console.getList("services.longestWaitMinutes", Integer.class)).containsExactly(15, 0, 2);
        assertThat(console.getList("services.targetWaitMinutes", Integer.class)).containsExactly(15, 30, 30);
        assertThat(console.getList("services.level")).containsExactly("OVER", "OK", "OK");
        assertThat(console.getLong("today.served")).isZero();

        clock.set(now.plus(Duration.ofMinutes(6)));
        Users.as(clerk).post("/api/tickets/{id}/finish", land).then().statusCode(200);
        Users.as(clerk).get("/api/centers/{c}/counters/1/console", c.code).then().statusCode(200)
                .body("currentTicket", nullValue())
                .body("today.served", equalTo(1))
                .body("today.averageServiceSeconds", equalTo(300))
                .body("today.noShows", equalTo(0));
    }

    @Test
    void theWarningStartsAtEightyPercentOfTheTargetAndOverAtTheTarget() {
        assertThat(ClerkConsole.level(0, 15)).isEqualTo("OK");
        assertThat(ClerkConsole.level(12 * 60 - 1, 15)).isEqualTo("OK");
        assertThat(ClerkConsole.level(12 * 60, 15)).isEqualTo("WARNING");
        assertThat(ClerkConsole.level(15 * 60 - 1, 15)).isEqualTo("WARNING");
        assertThat(ClerkConsole.level(15 * 60, 15)).isEqualTo("OVER");
    }

    @Test
    void finishAndNextFinishesAndCallsInOneStepAndSaysWhenNobodyWaits() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        String first = c.issue("HT").getString("id");
        String second = c.issue("KD").getString("id");
        Users.as(clerk).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        Users.as(clerk).post("/api/centers/{c}/counters/1/next", c.code).then().body("id", equalTo(first));
        Users.as(clerk).contentType(ContentType.JSON).body(Map.of("ticket", first))
                .post("/api/centers/{c}/counters/1/finish-and-next", c.code).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("start it first"));
        Users.as(clerk).post("/api/tickets/{id}/start", first).then().statusCode(200);

        Users.as(clerk).contentType(ContentType.JSON).body(Map.of("ticket", first))
                .post("/api/centers/{c}/counters/1/finish-and-next", c.code).then().statusCode(200)
                .body("finished.id", equalTo(first)).body("finished.status", equalTo("DONE"))
                .body("called.id", equalTo(second)).body("called.status", equalTo("CALLED"))
                .body("called.counter", equalTo(1));
        Users.as(clerk).post("/api/tickets/{id}/start", second).then().statusCode(200);
        Users.as(clerk).contentType(ContentType.JSON).body(Map.of("ticket", second))
                .post("/api/centers/{c}/counters/1/finish-and-next", c.code).then().statusCode(200)
                .body("finished.id", equalTo(second)).body("called", nullValue())
                .body("message", containsString("nobody is waiting"));
    }

    @Test
    void finishAndNextFromAStaleScreenIsRefusedAndChangesNothing() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        String first = c.issue("HT").getString("id");
        String second = c.issue("HT").getString("id");
        String third = c.issue("HT").getString("id");
        Users.as(clerk).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        Users.as(clerk).post("/api/centers/{c}/counters/1/next", c.code).then().body("id", equalTo(first));
        Users.as(clerk).post("/api/tickets/{id}/start", first).then().statusCode(200);
        // another session finished the first and called the second meanwhile
        Users.as(clerk).contentType(ContentType.JSON).body(Map.of("ticket", first))
                .post("/api/centers/{c}/counters/1/finish-and-next", c.code).then().statusCode(200);
        Users.as(clerk).post("/api/tickets/{id}/start", second).then().statusCode(200);

        Users.as(clerk).contentType(ContentType.JSON).body(Map.of("ticket", first))
                .post("/api/centers/{c}/counters/1/finish-and-next", c.code).then().statusCode(409)
                .body("detail", equalTo("Ticket A001 is no longer at counter 1 (it is DONE); someone else acted on it first"));
        assertThat(ClerkFixture.ticket(second).getString("status")).isEqualTo("SERVING");
        assertThat(ClerkFixture.ticket(third).getString("status")).isEqualTo("WAITING");
    }

    @Test
    void finishAndNextAtAPausedCounterIsRefusedWithoutFinishing() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        String first = c.issue("HT").getString("id");
        Users.as(clerk).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        Users.as(clerk).post("/api/centers/{c}/counters/1/next", c.code).then().statusCode(200);
        Users.as(clerk).post("/api/tickets/{id}/start", first).then().statusCode(200);
        Users.as(clerk).post("/api/centers/{c}/counters/1/pause", c.code).then().statusCode(200);
        Users.as(clerk).contentType(ContentType.JSON).body("{}")
                .post("/api/centers/{c}/counters/1/finish-and-next", c.code).then().statusCode(409)
                .body("detail", containsString("PAUSED"));
        assertThat(ClerkFixture.ticket(first).getString("status")).isEqualTo("SERVING");
    }

    @Test
    void onlyASupervisorCallsATicketOutOfOrderWithTheSameEventAndAnAuditEntry() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        String sup = c.supervisor();
        c.issue("HT");
        JsonPath urgent = c.issue("HT");
        Users.as(clerk).post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        Users.as(clerk).post("/api/centers/{c}/counters/1/call/{id}", c.code, urgent.getString("id")).then()
                .statusCode(403);

        try (EventClient events = EventClient.connect(base, c.code)) {
            assertThat(events.next().get("type").asText()).isEqualTo("snapshot");
            Users.as(sup).post("/api/centers/{c}/counters/1/call/{id}", c.code, urgent.getString("id")).then()
                    .statusCode(200).body("number", equalTo("A002")).body("status", equalTo("CALLED"))
                    .body("counter", equalTo(1));
            JsonNode called = events.until(f -> f.get("type").asText().equals("ticket.called")).get(0);
            assertThat(called.get("ticket").get("number").asText()).isEqualTo("A002");
            assertThat(called.get("announcement").get("text").asText()).contains("A002");
        }
        Users.as(sup).post("/api/centers/{c}/counters/1/call/{id}", c.code, urgent.getString("id")).then()
                .statusCode(409);
        Users.as(sup).get("/api/centers/{c}/audit?action=ticket.call_out_of_order", c.code).then().statusCode(200)
                .body("[0].actor", equalTo(sup)).body("[0].target", equalTo("A002"))
                .body("[0].detail", containsString("1 ticket(s) of HT were ahead"));
        // the clerk at that counter serves the citizen as usual
        Users.as(clerk).post("/api/tickets/{id}/start", urgent.getString("id")).then().statusCode(200);
    }

    @Test
    void theCallRefusesTicketsOfServicesTheCounterDoesNotServe() {
        ClerkFixture c = ClerkFixture.create();
        String sup = c.supervisor();
        String other = c.issue("CT").getString("id");
        given().post("/api/centers/{c}/counters/1/open", c.code).then().statusCode(200);
        Users.as(sup).post("/api/centers/{c}/counters/1/call/{id}", c.code, other).then().statusCode(409)
                .body("detail", containsString("does not serve CT"));
        Users.as(sup).post("/api/centers/{c}/counters/1/call/{id}", c.code, "not-a-ticket").then().statusCode(404);
    }

    @Test
    void myCentersAnswerTheCodesOfTheCallersCenters() {
        ClerkFixture c = ClerkFixture.create();
        String clerk = c.clerk();
        Users.as(clerk).get("/api/clerk/centers").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].code", equalTo(c.code));
        given().get("/api/clerk/centers").then().statusCode(200).body("code", hasItem(c.code));
    }

    @Test
    void aPageAskingWithXRequestedWithGetsNoBrowserLoginPrompt() {
        ClerkFixture c = ClerkFixture.create();
        Users.anonymous().get("/api/centers/{c}/counters/1/console", c.code).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        Users.anonymous().header("X-Requested-With", "motcua-clerk").get("/api/centers/{c}/counters/1/console", c.code)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", nullValue());
    }
}
