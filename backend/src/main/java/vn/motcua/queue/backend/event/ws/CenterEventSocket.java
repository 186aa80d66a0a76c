package vn.motcua.queue.backend.event.ws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.event.EventRelay;
import vn.motcua.queue.backend.event.FrameSink;
import vn.motcua.queue.backend.event.Subscriber;

/**
 * {@code /ws/centers/{center}/events}: public, read-only. A snapshot on connect, then every change with a seq
 * increasing by 1. The client may send {@code {"type":"resync"}} for a fresh snapshot; anything else is
 * answered with an error frame and otherwise ignored. Unknown centers are refused at the upgrade
 * ({@link KnownCenterUpgradeCheck}).
 */
@WebSocket(path = "/ws/centers/{center}/events")
public class CenterEventSocket {

    private final Map<String, Subscriber> subscribers = new ConcurrentHashMap<>();

    @Inject
    EventRelay relay;
    @Inject
    KnownCenters centers;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "motcua.events.max-pending", defaultValue = "64")
    int maxPending;

    @OnOpen
    void open(WebSocketConnection connection) {
        String code = connection.pathParam("center");
        Long centerId = centers.idOf(code).orElse(null);
        if (centerId == null) {
            connection.close(new CloseReason(1008, "unknown center")).subscribe().with(x -> { }, e -> { });
            return;
        }
        Subscriber s = new Subscriber(connection.id(), centerId, code, new ConnectionSink(connection), maxPending,
                relay::resync, Instant.now());
        subscribers.put(connection.id(), s);
        relay.subscribe(s);
    }

    @OnTextMessage
    void message(String text, WebSocketConnection connection) {
        Subscriber s = subscribers.get(connection.id());
        if (s == null) {
            return;
        }
        s.heard(Instant.now());
        String type = typeOf(text);
        if ("resync".equals(type)) {
            relay.resync(s);
        } else if (!"pong".equals(type) && !"ping".equals(type)) {
            s.direct("{\"type\":\"error\",\"detail\":\"Unknown or malformed message; the only request is "
                    + "{\\\"type\\\":\\\"resync\\\"}\"}");
        }
    }

    @OnPongMessage
    void pong(Buffer data, WebSocketConnection connection) {
        Subscriber s = subscribers.get(connection.id());
        if (s != null) {
            s.heard(Instant.now());
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        Subscriber s = subscribers.remove(connection.id());
        if (s != null) {
            relay.unsubscribe(s);
        }
    }

    private String typeOf(String text) {
        try {
            JsonNode node = json.readTree(text);
            return node != null && node.hasNonNull("type") ? node.get("type").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** Sends through the WebSocket connection without blocking the caller. */
    private record ConnectionSink(WebSocketConnection connection) implements FrameSink {

        @Override
        public CompletionStage<Void> send(String text) {
            return connection.sendText(text).subscribeAsCompletionStage();
        }

        @Override
        public void close(String reason) {
            if (connection.isOpen()) {
                connection.close(new CloseReason(1001, reason)).subscribe().with(x -> { }, e -> { });
            }
        }

        @Override
        public boolean isOpen() {
            return connection.isOpen();
        }
    }
}
