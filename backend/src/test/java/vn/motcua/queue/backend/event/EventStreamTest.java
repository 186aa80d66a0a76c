package vn.motcua.queue.backend.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.dayend.DayEnd;
import vn.motcua.queue.backend.support.EventClient;
import vn.motcua.queue.backend.support.TestCenter;
import vn.motcua.queue.backend.support.TestTimeSource;

/** The public event stream, with a real WebSocket client. */
@QuarkusTest
class EventStreamTest {

    @TestHTTPResource("/")
    URI base;
    @Inject
    TestTimeSource time;
    @Inject
    DayEnd dayEnd;
    @Inject
    StatsPublisher stats;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void snapshotOnConnectHasCountersServicesAndRecentCalls() {
        TestCenter c = TestCenter.create("SNAP").service("S", "A").service("T", "B").counter(1, "S").counter(2, "T");
        String called = c.issueId("S");
        c.issueId("S");
        c.next(1).then().statusCode(200);
        try (EventClient client = EventClient.connect(base, c.code)) {
            JsonNode snap = client.next();
            assertThat(snap.get("type").asText()).isEqualTo("snapshot");
            assertThat(snap.get("seq").asLong()).isPositive();
            JsonNode state = snap.get("state");
            JsonNode counter1 = state.get("counters").get(0);
            assertThat(counter1.get("number").asInt()).isEqualTo(1);
            assertThat(counter1.get("currentTicket").get("id").asText()).isEqualTo(called);
            JsonNode s = state.get("services").get(0);
            assertThat(s.get("code").asText()).isEqualTo("S");
            assertThat(s.get("waiting").asInt()).isEqualTo(1);
            assertThat(s.has("estimatedWaitMinutes")).isTrue();
            JsonNode calls = state.get("recentCalls");
            assertThat(calls).hasSize(1);
            assertThat(calls.get(0).get("announcement").get("text").asText())
                    .isEqualTo("Mời công dân có số thứ tự A001 đến quầy số 1");
            assertThat(snap.toString()).doesNotContain("phone");
        }
    }

    @Test
    void everyChangeArrivesAsATypedEventWithSeqIncreasingByOne() {
        TestCenter c = TestCenter.create("EVT").service("S", "A").service("T", "B").counter(1, "S").counter(2, "T");
        given().contentType(ContentType.JSON).body(Map.of("spokenName", "bàn số năm"))
                .put("/api/admin/centers/{c}/counters/2", c.code).then().statusCode(200);
        try (EventClient client = EventClient.connect(base, c.code)) {
            long seq = client.next().get("seq").asLong();
            String a = c.issue(Map.of("service", "S", "phone", "0912345678")).then().statusCode(201)
                    .extract().path("id");
            c.next(1).then().statusCode(200);
            TestCenter.act(a, "recall").then().statusCode(200);
            TestCenter.act(a, "start").then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("service", "T"))
                    .post("/api/tickets/{id}/transfer", a).then().statusCode(200);
            c.next(2).then().statusCode(200);
            TestCenter.act(a, "start").then().statusCode(200);
            TestCenter.act(a, "finish").then().statusCode(200);
            String b = c.issueId("S");
            c.next(1).then().statusCode(200);
            TestCenter.act(b, "no-show").then().statusCode(200);
            String d = c.issueId("S");
            TestCenter.act(d, "cancel").then().statusCode(200);
            given().post("/api/centers/{c}/counters/1/pause", c.code).then().statusCode(200);
            c.issueId("S");
            time.set(Instant.now().plus(Duration.ofDays(1)));
            dayEnd.expire(c.code);
            stats.publish(c.code);

            List<JsonNode> events = client.until(e -> e.get("type").asText().equals("stats.changed"));
            assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                    "ticket.issued", "ticket.called", "ticket.recalled", "ticket.started", "ticket.transferred",
                    "ticket.called", "ticket.started", "ticket.finished",
                    "ticket.issued", "ticket.called", "ticket.no_show",
                    "ticket.issued", "ticket.cancelled", "counter.changed", "ticket.issued", "ticket.expired",
                    "stats.changed");
            for (JsonNode e : events) {
                assertThat(e.get("seq").asLong()).isEqualTo(++seq);
                assertThat(e.get("at").asText()).contains("+07:00");
            }
            assertThat(events.toString()).doesNotContain("0912345678").doesNotContain("phone");
            JsonNode called = events.get(1);
            assertThat(called.get("ticket").get("number").asText()).isEqualTo("A001");
            assertThat(called.get("ticket").get("serviceName").asText()).isEqualTo("Dịch vụ S");
            assertThat(called.get("counter").get("number").asInt()).isEqualTo(1);
            assertThat(called.get("announcement").get("text").asText())
                    .isEqualTo("Mời công dân có số thứ tự A001 đến quầy số 1");
            assertThat(events.get(2).get("announcement").get("text").asText()).contains("A001");
            assertThat(events.get(4).get("fromService").asText()).isEqualTo("S");
            assertThat(events.get(5).get("announcement").get("text").asText())
                    .isEqualTo("Mời công dân có số thứ tự A001 đến bàn số năm");
            assertThat(events.get(13).get("counter").get("status").asText()).isEqualTo("PAUSED");
        }
    }

    @Test
    void aRefusedChangeSendsNothingAndLeavesNoGap() throws Exception {
        TestCenter c = TestCenter.create("RBK").service("S", "A").counter(1, "S");
        try (EventClient client = EventClient.connect(base, c.code)) {
            long seq = client.next().get("seq").asLong();
            c.issue("NOPE").then().statusCode(404);
            c.next(1).then().statusCode(204);
            given().contentType(ContentType.JSON).body(Map.of("open", false))
                    .put("/api/admin/centers/{c}/services/S", c.code).then().statusCode(200);
            c.issue("S").then().statusCode(409);
            assertThat(client.drain(Duration.ofMillis(500))).isEmpty();
            given().contentType(ContentType.JSON).body(Map.of("open", true))
                    .put("/api/admin/centers/{c}/services/S", c.code).then().statusCode(200);
            c.issueId("S");
            assertThat(client.next().get("seq").asLong()).isEqualTo(seq + 1);
        }
    }

    @Test
    void resyncSendsAFreshSnapshotAndTheStreamContinuesFromItsSeq() {
        TestCenter c = TestCenter.create("RSY").service("S", "A");
        try (EventClient client = EventClient.connect(base, c.code)) {
            client.next();
            c.issueId("S");
            long last = client.next().get("seq").asLong();
            client.send("{\"type\":\"resync\"}");
            List<JsonNode> frames = client.until(f -> f.get("type").asText().equals("snapshot"));
            JsonNode snap = frames.get(frames.size() - 1);
            assertThat(snap.get("seq").asLong()).isGreaterThanOrEqualTo(last);
            assertThat(snap.get("state").get("services").get(0).get("waiting").asInt()).isEqualTo(1);
            c.issueId("S");
            assertThat(client.next().get("seq").asLong()).isEqualTo(snap.get("seq").asLong() + 1);
        }
    }

    @Test
    void malformedFrameGetsAnErrorFrameAndTheStreamGoesOnForEveryone() {
        TestCenter c = TestCenter.create("BAD").service("S", "A");
        try (EventClient rude = EventClient.connect(base, c.code);
             EventClient polite = EventClient.connect(base, c.code)) {
            rude.next();
            polite.next();
            rude.send("this is not json");
            rude.send("{\"type\":\"delete-everything\"}");
            assertThat(rude.next().get("type").asText()).isEqualTo("error");
            assertThat(rude.next().get("type").asText()).isEqualTo("error");
            c.issueId("S");
            assertThat(rude.next().get("type").asText()).isEqualTo("ticket.issued");
            assertThat(polite.next().get("type").asText()).isEqualTo("ticket.issued");
        }
    }

    @Test
    void unknownCenterIsRefusedAtTheUpgradeWith404() {
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws") + "ws/centers/NO-SUCH-CENTER/events");
        assertThatThrownBy(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(uri, new WebSocket.Listener() { }).join())
                .isInstanceOf(CompletionException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(404));
    }

    @Test
    void manySubscribersSeeTheSameFrames() {
        TestCenter c = TestCenter.create("FAN").service("S", "A").counter(1, "S");
        List<EventClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                EventClient client = EventClient.connect(base, c.code);
                client.next();
                clients.add(client);
            }
            for (int i = 0; i < 10; i++) {
                c.issueId("S");
            }
            List<String> first = null;
            for (EventClient client : clients) {
                List<String> got = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    got.add(client.next().toString());
                }
                if (first == null) {
                    first = got;
                }
                assertThat(got).isEqualTo(first);
            }
        } finally {
            clients.forEach(EventClient::close);
        }
    }
}
