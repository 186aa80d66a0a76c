package vn.motcua.queue.backend.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.EventClient;

/**
 * Two backend processes (the packaged application) on one PostgreSQL: an event committed on one instance
 * reaches the subscribers of the other with the same seq, and a burst of mixed actions sent alternately to
 * both gives both subscribers identical sequences, and a device revoked through one is refused by the other at
 * once. Runs in the integration-test phase of the
 * {@code postgresql} Maven profile, with the database from MOTCUA_TEST_JDBC_URL.
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    // the same account as the test profile's bootstrap admin: the surefire tests that ran before on this database
    // created it, and on a fresh database the instances create it from the environment
    private static final String ADMIN = "test-admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String BASIC = "Basic " + java.util.Base64.getEncoder()
            .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static URI a;
    private static URI b;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String url = System.getenv("MOTCUA_TEST_JDBC_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("TwoInstancesIT needs MOTCUA_TEST_JDBC_URL pointing at PostgreSQL");
        }
        a = start(url);
        b = start(url);
    }

    @AfterAll
    static void stop() {
        PROCESSES.forEach(Process::destroyForcibly);
    }

    private static URI start(String url) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("motcua-instance");
        File jar = new File("target/quarkus-app/quarkus-run.jar").getAbsoluteFile();
        ProcessBuilder pb = new ProcessBuilder("java", "-Dquarkus.http.port=" + port, "-jar", jar.getPath())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", url);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", env("MOTCUA_TEST_JDBC_USER", "postgres"));
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", env("MOTCUA_TEST_JDBC_PASSWORD", ""));
        pb.environment().put("MOTCUA_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        pb.environment().put("MOTCUA_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        PROCESSES.add(pb.start());
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(base, "q/health/ready").statusCode() == 200) {
                    return base;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("instance on port " + port + " did not start; see " + dir.resolve("out.log"));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private static HttpResponse<String> get(URI base, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode post(URI base, String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .header("Authorization", BASIC)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isBetween(200, 204);
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    private static String newCenter() throws Exception {
        String code = "MI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        post(a, "api/admin/centers", "{\"code\":\"" + code + "\",\"name\":\"Multi\",\"timeZone\":\"Asia/Ho_Chi_Minh\","
                + "\"opensAt\":\"00:00\",\"closesAt\":\"23:59:59\",\"openDays\":\"1,2,3,4,5,6,7\"}");
        post(a, "api/admin/centers/" + code + "/services", "{\"code\":\"S\",\"name\":\"S\",\"prefix\":\"A\"}");
        for (int n = 1; n <= 2; n++) {
            post(b, "api/admin/centers/" + code + "/counters", "{\"number\":" + n + ",\"services\":[{\"service\":\"S\"}]}");
            post(a, "api/centers/" + code + "/counters/" + n + "/open", null);
        }
        return code;
    }

    @Test
    void aTicketIssuedThroughOneInstanceReachesSubscribersOfTheOtherWithTheSameSeq() throws Exception {
        String center = newCenter();
        try (EventClient onA = EventClient.connect(a, center); EventClient onB = EventClient.connect(b, center)) {
            onA.next();
            onB.next();
            String id = post(a, "api/centers/" + center + "/tickets", "{\"service\":\"S\"}").get("id").asText();
            // a stats.changed of the new center may fall between the two snapshots, so one subscriber can see it
            // first: read each up to the ticket's frame
            JsonNode seenOnB = issuedFrame(onB);
            assertThat(seenOnB.get("ticket").get("id").asText()).isEqualTo(id);
            assertThat(seenOnB).isEqualTo(issuedFrame(onA));
        }
    }

    /** The subscriber's next ticket.issued frame; only stats.changed frames may come before it. */
    private static JsonNode issuedFrame(EventClient client) {
        List<JsonNode> frames = client.until(f -> "ticket.issued".equals(f.get("type").asText()));
        assertThat(frames.subList(0, frames.size() - 1)).allMatch(f -> "stats.changed".equals(f.get("type").asText()));
        return frames.get(frames.size() - 1);
    }

    @Test
    void aBurstOfMixedActionsSentToBothInstancesGivesIdenticalSequences() throws Exception {
        String center = newCenter();
        try (EventClient onA = EventClient.connect(a, center); EventClient onB = EventClient.connect(b, center)) {
            // the snapshots may straddle an event (e.g. a stats.changed of the new center): compare from the later one
            long start = Math.max(onA.next().get("seq").asLong(), onB.next().get("seq").asLong());
            int actions = 0;
            int i = 0;
            while (actions < 500) {
                URI target = i++ % 2 == 0 ? a : b;
                post(target, "api/centers/" + center + "/tickets", "{\"service\":\"S\"}");
                actions++;
                if (i % 3 == 0) {
                    int counter = 1 + (i / 3) % 2;
                    URI other = target == a ? b : a;
                    JsonNode called = post(other, "api/centers/" + center + "/counters/" + counter + "/next", null);
                    post(target, "api/tickets/" + called.get("id").asText() + "/start", null);
                    post(other, "api/tickets/" + called.get("id").asText() + "/finish", null);
                    actions += 3;
                }
            }
            long end = start + actions;
            List<JsonNode> fromA = after(start, onA.until(f -> f.get("seq").asLong() == end));
            List<JsonNode> fromB = after(start, onB.until(f -> f.get("seq").asLong() == end));
            assertThat(fromA).hasSize(actions);
            assertThat(fromB).isEqualTo(fromA);
            for (int k = 0; k < fromA.size(); k++) {
                assertThat(fromA.get(k).get("seq").asLong()).isEqualTo(start + 1 + k);
            }
        }
    }

    private static List<JsonNode> after(long seq, List<JsonNode> frames) {
        return frames.stream().filter(f -> f.get("seq").asLong() > seq).toList();
    }

    @Test
    void aDeviceRevokedThroughOneInstanceIsRefusedByTheOtherAtOnce() throws Exception {
        String center = newCenter();
        String token = post(a, "api/admin/centers/" + center + "/devices", "{\"code\":\"k1\",\"kind\":\"KIOSK\"}")
                .get("token").asText();
        // both instances have seen the token, so both keep its device in memory
        assertThat(issueAsDevice(a, center, token)).isEqualTo(201);
        assertThat(issueAsDevice(b, center, token)).isEqualTo(201);
        post(a, "api/admin/centers/" + center + "/devices/k1/revoke", null);
        assertThat(issueAsDevice(a, center, token)).isEqualTo(401);
        // B learns it from the NOTIFY sent on commit: well within a second here, not the 60 s an entry may live
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> issueAsDevice(b, center, token) == 401);
    }

    private static int issueAsDevice(URI base, String center, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve("api/centers/" + center + "/tickets"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"S\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
