package vn.motcua.queue.kiosk.status;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Declares the backend down when a call cannot reach it, then probes it with a doubling pause
 * until it answers, declares it up and runs the recovery actions (unsent reports, for example).
 * A kiosk that had to be restarted by hand after every network hiccup would be switched off.
 */
public final class BackendMonitor {
    private static final System.Logger LOG = System.getLogger(BackendMonitor.class.getName());

    private final Vertx vertx;
    private final KioskStatus status;
    private final Backoff backoff;
    private final Supplier<Future<?>> probe;
    private final List<Runnable> onRecovery = new CopyOnWriteArrayList<>();
    private boolean probing;
    private long timer = -1;
    private volatile boolean closed;

    /** @param probe a call that succeeds only when the backend answers properly */
    public BackendMonitor(Vertx vertx, KioskStatus status, Backoff backoff, Supplier<Future<?>> probe) {
        this.vertx = vertx;
        this.status = status;
        this.backoff = backoff;
        this.probe = probe;
    }

    public void onRecovery(Runnable action) {
        onRecovery.add(action);
    }

    /** First contact at start-up: the kiosk stays out of service until the probe succeeds. */
    public void start() {
        status.backendUp(false);
        schedule(0);
    }

    /** A call failed without an answer from the backend. */
    public synchronized void unreachable(Throwable cause) {
        if (status.backendUp()) {
            LOG.log(Level.WARNING, "backend unreachable, kiosk out of service: {0}", cause.getMessage());
            status.backendUp(false);
        }
        if (!probing && timer < 0) {
            schedule(backoff.next().toMillis());
        }
    }

    private synchronized void schedule(long delayMillis) {
        if (closed) {
            return;
        }
        if (delayMillis <= 0) {
            vertx.runOnContext(v -> runProbe());
        } else {
            timer = vertx.setTimer(delayMillis, id -> runProbe());
        }
    }

    private void runProbe() {
        synchronized (this) {
            timer = -1;
            if (probing || closed) {
                return;
            }
            probing = true;
        }
        probe.get().onComplete(result -> {
            synchronized (this) {
                probing = false;
            }
            if (result.succeeded()) {
                backoff.reset();
                if (!status.backendUp()) {
                    LOG.log(Level.INFO, "backend reachable again, kiosk back in service");
                    status.backendUp(true);
                    onRecovery.forEach(Runnable::run);
                }
            } else {
                status.backendUp(false);
                schedule(backoff.next().toMillis());
            }
        });
    }

    public synchronized void close() {
        closed = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
