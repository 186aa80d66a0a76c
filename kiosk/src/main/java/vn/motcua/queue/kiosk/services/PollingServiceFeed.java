package vn.motcua.queue.kiosk.services;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import vn.motcua.queue.kiosk.backend.BackendClient;
import vn.motcua.queue.kiosk.backend.BackendException;
import vn.motcua.queue.kiosk.backend.ServiceInfo;
import vn.motcua.queue.kiosk.status.BackendMonitor;
import vn.motcua.queue.kiosk.status.KioskStatus;

/** Asks the backend for the services every few seconds while it is reachable. */
public final class PollingServiceFeed implements ServiceFeed {
    private final Vertx vertx;
    private final BackendClient backend;
    private final KioskStatus status;
    private volatile List<ServiceInfo> current = List.of();
    private BackendMonitor monitor;
    private long timer = -1;

    public PollingServiceFeed(Vertx vertx, BackendClient backend, KioskStatus status) {
        this.vertx = vertx;
        this.backend = backend;
        this.status = status;
    }

    /** Starts polling; failures to reach the backend go to the monitor, which owns recovery. */
    public void start(Duration period, BackendMonitor backendMonitor) {
        this.monitor = backendMonitor;
        timer = vertx.setPeriodic(period.toMillis(), id -> {
            if (status.backendUp()) {
                refresh().onFailure(failure -> {
                    if (failure instanceof BackendException e && e.kind() == BackendException.Kind.UNREACHABLE) {
                        monitor.unreachable(e);
                    }
                });
            }
        });
    }

    /** One poll now; also the monitor's probe. */
    public Future<List<ServiceInfo>> refresh() {
        return backend.services().onSuccess(services -> current = services);
    }

    @Override
    public List<ServiceInfo> current() {
        return current;
    }

    @Override
    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
