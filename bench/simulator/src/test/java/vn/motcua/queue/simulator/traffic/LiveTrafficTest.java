package vn.motcua.queue.simulator.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.simulator.engine.TestScenarios;

/**
 * Live traffic against a fake of the backend's few endpoints (fixed answers, a plain in-memory line): the real
 * backend is a Quarkus application this module must not depend on.
 */
class LiveTrafficTest {

    private HttpServer server;
    private final Deque<String> waiting = new ArrayDeque<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<String> badAuth = Collections.synchronizedList(new ArrayList<>());
    private int numbers;

    @BeforeEach
    void startFakeBackend() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stopFakeBackend() {
        server.stop(0);
    }

    @Test
    void citizensTakeTicketsAndClerksCallStartAndFinishThem() throws IOException {
        TrafficOptions options = TrafficOptions.parse(new String[] {
                "--base-url", "http://127.0.0.1:" + server.getAddress().getPort(), "--speed", "3000",
                "--minutes", "0.02", "--start", "08:00", "--seed", "7"}, Path.of("."));
        assertThat(options.limit()).isEqualTo(Duration.ofHours(1));
        assertThat(options.center()).isEqualTo("HCC-DEMO");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        LiveTraffic traffic = new LiveTraffic(options, TestScenarios.standard("busy-provincial"),
                new PrintStream(log, true, StandardCharsets.UTF_8));

        LiveTraffic.Stats stats = traffic.run();

        // 0.02 real minutes x 3000 = one simulated peak hour of services A and B: about 50 citizens
        assertThat(stats.issued()).isGreaterThan(20);
        assertThat(stats.called()).isGreaterThan(10);
        assertThat(stats.finished() + stats.noShows()).isGreaterThan(5);
        assertThat(calls).contains("open 1").doesNotContain("open 2");
        assertThat(calls).contains("finish old-1"); // the citizen found at counter 2 is finished first
        assertThat(calls).filteredOn(c -> c.startsWith("issue ")).allMatch(c -> c.equals("issue DD")
                || c.equals("issue TP")); // nothing for the closed service
        assertThat(calls).anyMatch(c -> c.startsWith("start t"));
        assertThat(badAuth).isEmpty();
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("counter 1 calls A").contains("stopped:");
    }

    @Test
    void startsOnTheScenarioCurveAndWrapsAfterClosing() {
        TrafficOptions options = TrafficOptions.parse(new String[] {"--start", "16:30"}, Path.of("."));
        LiveTraffic traffic = new LiveTraffic(options, TestScenarios.standard("busy-provincial"), System.out);
        assertThat(options.speed()).isEqualTo(10);
        assertThat(options.limit()).isNull();
        assertThat(options.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(options.user()).isEqualTo("supervisor");
        assertThat(traffic.timeOfDay(Duration.ZERO)).isEqualTo(LocalTime.of(16, 30));
        assertThat(traffic.timeOfDay(Duration.ofMinutes(30))).isEqualTo(LocalTime.of(7, 30)); // closing: next day
        assertThat(traffic.timeOfDay(Duration.ofMinutes(40))).isEqualTo(LocalTime.of(7, 40));
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String center = "/api/centers/HCC-DEMO";
        synchronized (this) {
            if (method.equals("GET") && path.equals(center + "/services")) {
                reply(ex, 200, """
                        [{"code":"DD","prefix":"A","open":true,"waiting":0},
                         {"code":"TP","prefix":"B","open":true},
                         {"code":"XX","prefix":"X","open":false}]""");
            } else if (method.equals("GET") && path.equals(center + "/counters")) {
                staff(auth, path);
                reply(ex, 200, """
                        [{"number":1,"name":"Quầy 1","status":"CLOSED","services":["DD","TP"],"currentTicket":null},
                         {"number":2,"status":"OPEN","services":["TP"],
                          "currentTicket":{"id":"old-1","number":"B001","service":"TP","status":"SERVING"}}]""");
            } else if (method.equals("POST") && path.matches(center + "/counters/\\d+/open")) {
                staff(auth, path);
                calls.add("open " + path.split("/")[5]);
                reply(ex, 200, "{}");
            } else if (method.equals("POST") && path.equals(center + "/tickets")) {
                if (!"Bearer demo-kiosk-1".equals(auth) || ex.getRequestHeaders().getFirst("Idempotency-Key") == null) {
                    badAuth.add(path);
                }
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String service = body.contains("\"DD\"") ? "DD" : body.contains("\"TP\"") ? "TP" : "??";
                calls.add("issue " + service);
                String id = "t" + (++numbers);
                String number = (service.equals("DD") ? "A" : "B") + "%03d".formatted(numbers);
                waiting.add(id + " " + number + " " + service);
                reply(ex, 201, "{\"id\":\"" + id + "\",\"number\":\"" + number + "\",\"status\":\"WAITING\"}");
            } else if (method.equals("POST") && path.matches(center + "/counters/\\d+/next")) {
                staff(auth, path);
                String next = waiting.poll();
                if (next == null) {
                    ex.sendResponseHeaders(204, -1);
                    ex.close();
                    return;
                }
                String[] t = next.split(" ");
                calls.add("next " + t[0]);
                reply(ex, 200, "{\"id\":\"" + t[0] + "\",\"number\":\"" + t[1] + "\",\"service\":\"" + t[2]
                        + "\",\"status\":\"CALLED\"}");
            } else if (method.equals("POST") && path.matches("/api/tickets/[^/]+/(start|finish|no-show)")) {
                staff(auth, path);
                String[] parts = path.split("/");
                calls.add(parts[4] + " " + parts[3]);
                reply(ex, 200, "{\"id\":\"" + parts[3] + "\"}");
            } else {
                reply(ex, 404, "{\"status\":404,\"detail\":\"no such fake endpoint " + method + " " + path + "\"}");
            }
        }
    }

    private void staff(String auth, String path) {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("supervisor:demo".getBytes(
                StandardCharsets.UTF_8));
        if (!basic.equals(auth)) {
            badAuth.add(path);
        }
    }

    private static void reply(HttpExchange ex, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
        ex.close();
    }

}
