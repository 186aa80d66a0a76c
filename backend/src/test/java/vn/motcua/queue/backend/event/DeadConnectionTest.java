package vn.motcua.queue.backend.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.support.EventClient;
import vn.motcua.queue.backend.support.TestCenter;

/**
 * A screen that was switched off without closing its socket stops answering pings and is closed by the server,
 * while a live client (the JDK's, which answers pings) stays connected and keeps getting events.
 */
@QuarkusTest
@TestProfile(DeadConnectionTest.FastPings.class)
class DeadConnectionTest {

    public static class FastPings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.websockets-next.server.auto-ping-interval", "1s",
                    "motcua.events.dead-after", "4s",
                    "motcua.events.sweep", "1s");
        }
    }

    @TestHTTPResource("/")
    URI base;
    @Inject
    EventRelay relay;

    @Test
    void aSocketThatNeverAnswersPingsIsClosedWhileALiveClientStays() throws Exception {
        TestCenter c = TestCenter.create("DEAD").service("S", "A");
        try (EventClient live = EventClient.connect(base, c.code); Socket silent = new Socket(base.getHost(), base.getPort())) {
            live.next();
            upgrade(silent, "/ws/centers/" + c.code + "/events");
            await().atMost(Duration.ofSeconds(10)).until(() -> relay.subscriberCount() == 2);

            await().atMost(Duration.ofSeconds(20)).until(() -> relay.subscriberCount() == 1);
            c.issueId("S");
            assertThat(live.next().get("type").asText()).isEqualTo("ticket.issued");
        }
    }

    /** A bare WebSocket handshake; afterwards the socket is never read from again (no pong ever). */
    private static void upgrade(Socket socket, String path) throws Exception {
        String key = Base64.getEncoder().encodeToString("motcua-dead-test".getBytes(StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 101");
    }
}
