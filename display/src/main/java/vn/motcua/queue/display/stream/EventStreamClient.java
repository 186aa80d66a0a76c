package vn.motcua.queue.display.stream;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.lang.System.Logger.Level;
import java.net.URI;
import vn.motcua.queue.display.config.DisplayConfig;

/**
 * Subscribes to {@code /ws/centers/{center}/events}. Reconnects with backoff after any drop, pings
 * so that a silently dead link (cable cut, no FIN) is noticed within the idle timeout, and asks for
 * a resync when a sequence number is skipped. Runs on one Vert.x context, so no locking.
 */
public final class EventStreamClient {
    private static final System.Logger LOG = System.getLogger(EventStreamClient.class.getName());

    private final Vertx vertx;
    private final URI backend;
    private final String center;
    private final DisplayConfig.Timing timing;
    private final StreamListener listener;
    private final WebSocketClient client;
    private final Backoff backoff;
    private final SeqTracker seq = new SeqTracker();
    private WebSocket socket;
    private boolean awaitingSnapshot;
    private long lastFrameAt;
    private long pingTimer = -1;
    private boolean stopped;
    private long resyncs;

    public EventStreamClient(Vertx vertx, URI backend, String center, DisplayConfig.Timing timing, StreamListener listener) {
        this.vertx = vertx;
        this.backend = backend;
        this.center = center;
        this.timing = timing;
        this.listener = listener;
        this.backoff = new Backoff(timing.minBackoff(), timing.maxBackoff());
        this.client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxMessageSize(8 * 1024 * 1024).setMaxFrameSize(1024 * 1024)
                .setConnectTimeout((int) Math.max(1000, timing.idleTimeout().toMillis())));
    }

    public void start() {
        vertx.runOnContext(v -> connect());
    }

    public void stop() {
        vertx.runOnContext(v -> {
            stopped = true;
            cancelPing();
            if (socket != null) {
                socket.close();
            }
            client.close();
        });
    }

    /** Resyncs asked for because of a gap (for tests and the heartbeat). */
    public long resyncs() {
        return resyncs;
    }

    public String url() {
        return (backend.getScheme().equals("https") ? "wss" : "ws") + "://" + backend.getHost() + ":" + port() + path();
    }

    private String path() {
        String base = backend.getPath() == null ? "" : backend.getPath();
        return base + "/ws/centers/" + center + "/events";
    }

    private int port() {
        if (backend.getPort() > 0) {
            return backend.getPort();
        }
        return backend.getScheme().equals("https") ? 443 : 80;
    }

    private void connect() {
        if (stopped) {
            return;
        }
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(backend.getHost()).setPort(port()).setURI(path())
                .setSsl(backend.getScheme().equals("https"));
        client.connect(options).onComplete(result -> {
            if (result.failed()) {
                retryLater("cannot connect: " + result.cause().getMessage());
                return;
            }
            if (stopped) {
                result.result().close();
                return;
            }
            opened(result.result());
        });
    }

    private void opened(WebSocket ws) {
        socket = ws;
        awaitingSnapshot = true;
        lastFrameAt = System.nanoTime();
        LOG.log(Level.INFO, "event stream connected: {0}", url());
        ws.textMessageHandler(this::onText);
        ws.pongHandler(pong -> lastFrameAt = System.nanoTime());
        ws.exceptionHandler(e -> LOG.log(Level.DEBUG, "event stream error: {0}", e.toString()));
        ws.closeHandler(v -> {
            if (socket == ws) {
                dropped("closed by the backend or the network");
            }
        });
        pingTimer = vertx.setPeriodic(timing.ping().toMillis(), id -> checkAlive(ws));
    }

    private void checkAlive(WebSocket ws) {
        if (socket != ws) {
            return;
        }
        if (System.nanoTime() - lastFrameAt > timing.idleTimeout().toNanos()) {
            // no pong, no event: the link is dead even if TCP has not noticed
            dropped("no answer for " + timing.idleTimeout().toMillis() + " ms");
            ws.close();
            return;
        }
        ws.writePing(Buffer.buffer("motcua"));
    }

    private void onText(String text) {
        lastFrameAt = System.nanoTime();
        JsonObject message;
        try {
            message = new JsonObject(text);
        } catch (DecodeException e) {
            LOG.log(Level.WARNING, "ignored a frame that is not JSON: {0}", text.length() > 80 ? text.substring(0, 80) : text);
            return;
        }
        String type = message.getString("type", "");
        long number = message.getLong("seq", -1L);
        if (type.equals("snapshot")) {
            seq.reset(number);
            awaitingSnapshot = false;
            backoff.reset();
            listener.onSnapshot(message);
            return;
        }
        if (awaitingSnapshot) {
            return;
        }
        switch (seq.accept(number)) {
            case NEXT -> listener.onEvent(message);
            case DUPLICATE -> LOG.log(Level.DEBUG, "duplicate event {0} ignored", number);
            case GAP -> resync(number);
        }
    }

    private void resync(long got) {
        resyncs++;
        LOG.log(Level.WARNING, "event stream gap: expected seq {0}, got {1}; asking for a resync", seq.last() + 1, got);
        awaitingSnapshot = true;
        socket.writeTextMessage(new JsonObject().put("type", "resync").encode());
    }

    private void dropped(String reason) {
        cancelPing();
        socket = null;
        LOG.log(Level.WARNING, "event stream lost ({0}); reconnecting", reason);
        listener.onDisconnected(reason);
        retryLater(reason);
    }

    private void retryLater(String reason) {
        if (stopped) {
            return;
        }
        long delay = backoff.next().toMillis();
        LOG.log(Level.DEBUG, "event stream: {0}; retry in {1} ms", reason, delay);
        vertx.setTimer(Math.max(1, delay), id -> connect());
    }

    private void cancelPing() {
        if (pingTimer >= 0) {
            vertx.cancelTimer(pingTimer);
            pingTimer = -1;
        }
    }
}
