package vn.motcua.queue.display.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.display.config.DisplayConfig;

/** The stream client against a scripted WebSocket server: gaps, duplicates, drops. */
class EventStreamClientTest {
    private Vertx vertx;
    private int port;
    private final List<String> fromClient = new CopyOnWriteArrayList<>();
    private final AtomicReference<ServerWebSocket> server = new AtomicReference<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private EventStreamClient client;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        port = vertx.createHttpServer().webSocketHandler(ws -> {
            server.set(ws);
            ws.textMessageHandler(fromClient::add);
            ws.writeTextMessage(snapshot(10));
        }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get().actualPort();
        DisplayConfig.Timing timing = new DisplayConfig.Timing(Duration.ofMillis(50), Duration.ofMillis(200),
                Duration.ofMillis(200), Duration.ofMillis(1000), Duration.ofSeconds(30));
        client = new EventStreamClient(vertx, URI.create("http://127.0.0.1:" + port), "HCC-DEMO", timing, new StreamListener() {
            @Override
            public void onSnapshot(JsonObject snapshot) {
                received.add("snapshot " + snapshot.getLong("seq"));
            }

            @Override
            public void onEvent(JsonObject event) {
                received.add("event " + event.getLong("seq"));
            }

            @Override
            public void onDisconnected(String reason) {
                received.add("disconnected");
            }
        });
        client.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> received.contains("snapshot 10"));
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get();
    }

    private static String snapshot(long seq) {
        return new JsonObject().put("type", "snapshot").put("seq", seq).put("state", new JsonObject()).encode();
    }

    private void send(long seq) {
        server.get().writeTextMessage(new JsonObject().put("type", "stats.changed").put("seq", seq).encode());
    }

    @Test
    void aGapAsksForAResyncAndEventsUntilTheSnapshotAreIgnored() {
        send(11);
        send(11);
        send(13);   // 12 lost
        await().atMost(Duration.ofSeconds(3)).until(() -> fromClient.contains("{\"type\":\"resync\"}"));
        send(14);   // still before the new snapshot: not applied on top of a wrong state
        server.get().writeTextMessage(snapshot(14));
        send(15);
        await().atMost(Duration.ofSeconds(3)).until(() -> received.contains("event 15"));
        assertThat(received).containsExactly("snapshot 10", "event 11", "snapshot 14", "event 15");
        assertThat(client.resyncs()).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionIsReopenedAndStartsWithAFreshSnapshot() {
        server.get().close();
        await().atMost(Duration.ofSeconds(3)).until(() -> received.contains("disconnected"));
        await().atMost(Duration.ofSeconds(3)).until(() -> received.stream().filter(r -> r.equals("snapshot 10")).count() == 2);
    }
}
