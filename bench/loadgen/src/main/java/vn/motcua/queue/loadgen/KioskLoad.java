package vn.motcua.queue.loadgen;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Virtual kiosks issuing tickets. Open loop: tickets are due at a fixed rate whatever the backend does, and
 * each latency is measured from its due time, so a stalled backend shows up in the percentiles instead of
 * slowing the load (no coordinated omission). Closed loop: each kiosk issues again as soon as it is
 * answered, which finds the highest throughput the backend sustains with that many kiosks.
 * All callbacks run on the one event loop of {@code vertx}.
 */
final class KioskLoad {

    private final Vertx vertx;
    private final WebClient client;
    private final Target target;
    private final List<Buffer> bodies;
    private final LatencyStats stats;
    private final Window window;
    private final Promise<Void> done = Promise.promise();
    /** Requests not yet answered: request number to intended start. */
    private final java.util.Map<Long, Long> pending = new java.util.HashMap<>();
    private long requests;
    private long createdInWindow;
    private boolean scheduling = true;

    KioskLoad(Vertx vertx, WebClient client, Target target, List<String> services, LatencyStats stats, Window window) {
        this.vertx = vertx;
        this.client = client;
        this.target = target;
        this.bodies = services.stream().map(s -> Buffer.buffer("{\"service\":\"" + s + "\"}")).toList();
        this.stats = stats;
        this.window = window;
    }

    /**
     * Issues {@code rate} tickets per second from now until the end of the window. The rate ramps up from a tenth
     * during the first half of the warm-up, so that a freshly started backend compiles its hot paths without
     * building a backlog that would still be draining when the window opens; the window itself is at full rate.
     */
    io.vertx.core.Future<Void> openLoop(double rate) {
        long start = System.nanoTime();
        long ramp = Math.max(1, (window.startNanos() - start) / 2);
        long[] due = {start};
        vertx.setPeriodic(1, timer -> {
            long now = System.nanoTime();
            while (due[0] <= now && !window.over(due[0])) {
                issue(due[0], null);
                double share = Math.min(1.0, 0.1 + 0.9 * (due[0] - start) / ramp);
                due[0] += (long) (1e9 / (rate * share));
            }
            if (window.over(due[0])) {
                vertx.cancelTimer(timer);
                scheduling = false;
                finishIfIdle();
            }
        });
        return done.future();
    }

    /** {@code kiosks} kiosks, each issuing again as soon as it is answered, until the end of the window. */
    io.vertx.core.Future<Void> closedLoop(int kiosks) {
        scheduling = false;
        for (int k = 0; k < kiosks; k++) {
            issue(System.nanoTime(), () -> !window.over(System.nanoTime()));
        }
        return done.future();
    }

    /** Tickets issued (201) whose answer arrived inside the window, whenever they were due. */
    long createdInWindow() {
        return createdInWindow;
    }

    /**
     * Gives up on the requests still unanswered: those due inside the window are recorded as "unfinished" with
     * the time they have waited so far, a lower bound of their latency. Call on the event loop.
     */
    void abandon() {
        long now = System.nanoTime();
        pending.values().stream().filter(window::contains).forEach(intended -> stats.record(now - intended, "unfinished"));
        pending.clear();
        scheduling = false;
        done.tryComplete();
    }

    private void issue(long intended, java.util.function.BooleanSupplier again) {
        long request = requests++;
        pending.put(request, intended);
        Buffer body = bodies.get(ThreadLocalRandom.current().nextInt(bodies.size()));
        client.post(target.port(), target.host(), target.ticketsPath())
                .timeout(target.timeoutMillis())
                .putHeader("Authorization", target.kioskAuthorization())
                .putHeader("Idempotency-Key", UUID.randomUUID().toString())
                .putHeader("Content-Type", "application/json")
                .sendBuffer(body, ar -> {
                    long now = System.nanoTime();
                    if (pending.remove(request) == null) {
                        return; // abandoned
                    }
                    String outcome = ar.succeeded() ? Integer.toString(ar.result().statusCode()) : "io";
                    if (window.contains(intended)) {
                        stats.record(now - intended, outcome);
                    }
                    if (window.contains(now) && "201".equals(outcome)) {
                        createdInWindow++;
                    }
                    if (again != null && again.getAsBoolean()) {
                        issue(System.nanoTime(), again);
                    } else {
                        finishIfIdle();
                    }
                });
    }

    private void finishIfIdle() {
        if (!scheduling && pending.isEmpty()) {
            done.tryComplete();
        }
    }
}
