package vn.motcua.queue.display.heartbeat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Tells the backend every 30 s that this display is alive and how its parts are
 * ({@code POST /api/devices/heartbeat} with the display's device token), so supervisors see a
 * dead TV box or an LED bus fault before citizens complain.
 */
public final class HeartbeatSender {
    private static final System.Logger LOG = System.getLogger(HeartbeatSender.class.getName());

    private final Vertx vertx;
    private final WebClient client;
    private final URI backend;
    private final String token;
    private final Duration interval;
    private final Supplier<DeviceHealth> health;
    private long timer = -1;
    private volatile int lastStatus;

    public HeartbeatSender(Vertx vertx, URI backend, String token, Duration interval, Supplier<DeviceHealth> health) {
        this.vertx = vertx;
        this.client = WebClient.create(vertx);
        this.backend = backend;
        this.token = token;
        this.interval = interval;
        this.health = health;
    }

    public void start() {
        if (token == null || token.isBlank()) {
            LOG.log(Level.WARNING, "no device.token: heartbeats are off (supervisors will not see this display)");
            return;
        }
        vertx.setTimer(1000, id -> send());
        timer = vertx.setPeriodic(interval.toMillis(), id -> send());
    }

    public void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        client.close();
    }

    /** HTTP status of the last heartbeat (0 before the first or when it could not be sent). */
    public int lastStatus() {
        return lastStatus;
    }

    private void send() {
        DeviceHealth now = health.get();
        JsonObject body = new JsonObject().put("status", now.status()).put("details", now.details());
        client.postAbs(backend.resolve("/api/devices/heartbeat").toString())
                .putHeader("Authorization", "Bearer " + token)
                .timeout(5000)
                .sendJsonObject(body)
                .onSuccess(response -> {
                    lastStatus = response.statusCode();
                    if (response.statusCode() >= 300) {
                        LOG.log(Level.WARNING, "heartbeat refused: HTTP {0}", response.statusCode());
                    }
                })
                .onFailure(e -> {
                    lastStatus = 0;
                    LOG.log(Level.DEBUG, "heartbeat not sent: {0}", e.getMessage());
                });
    }
}
