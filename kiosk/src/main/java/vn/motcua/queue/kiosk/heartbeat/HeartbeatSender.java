package vn.motcua.queue.kiosk.heartbeat;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import vn.motcua.queue.hardware.printer.PrinterStatus;
import vn.motcua.queue.kiosk.backend.BackendClient;
import vn.motcua.queue.kiosk.backend.BackendException;
import vn.motcua.queue.kiosk.status.BackendMonitor;
import vn.motcua.queue.kiosk.status.KioskStatus;

/**
 * Tells the backend every period (and at once when the printer's status changes) how this kiosk
 * is: supervisors see a printer without paper before citizens start complaining.
 */
public final class HeartbeatSender {
    private final Vertx vertx;
    private final BackendClient backend;
    private final KioskStatus status;
    private final IntSupplier unsentReports;
    private final String printerDescription;
    private BackendMonitor monitor;
    private long timer = -1;
    private PrinterStatus lastPrinter;
    private boolean inFlight;
    private boolean again;

    public HeartbeatSender(Vertx vertx, BackendClient backend, KioskStatus status, IntSupplier unsentReports,
                           String printerDescription) {
        this.vertx = vertx;
        this.backend = backend;
        this.status = status;
        this.unsentReports = unsentReports;
        this.printerDescription = printerDescription;
    }

    public void start(Duration period, BackendMonitor backendMonitor, Runnable onTick) {
        this.monitor = backendMonitor;
        status.onChange(s -> {
            if (s.printer() != lastPrinter) {
                vertx.runOnContext(v -> sendNow());
            }
        });
        timer = vertx.setPeriodic(period.toMillis(), id -> {
            onTick.run();
            sendNow();
        });
    }

    /**
     * Sends the current state. One heartbeat at a time: two in flight could commit in the wrong
     * order and leave an old state on the supervisor's screen, so a request made meanwhile is sent
     * once the running one is done, with the state as it is then.
     */
    public synchronized void sendNow() {
        if (inFlight) {
            again = true;
            return;
        }
        if (!status.backendUp()) {
            return; // the monitor sends one as soon as the backend is back
        }
        inFlight = true;
        PrinterStatus printer = status.printer();
        lastPrinter = printer;
        backend.heartbeat(level(printer, unsentReports.getAsInt()), details(printer)).onComplete(result -> {
            if (result.failed() && result.cause() instanceof BackendException e
                    && e.kind() == BackendException.Kind.UNREACHABLE && monitor != null) {
                monitor.unreachable(e);
            }
            boolean repeat;
            synchronized (this) {
                inFlight = false;
                repeat = again;
                again = false;
            }
            if (repeat) {
                sendNow();
            }
        });
    }

    static String level(PrinterStatus printer, int unsent) {
        if (!printer.canPrint()) {
            return "ERROR";
        }
        return printer == PrinterStatus.PAPER_NEAR_END || unsent > 0 ? "WARNING" : "OK";
    }

    private Map<String, Object> details(PrinterStatus printer) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("printer", printer.name());
        details.put("mode", status.mode().name());
        details.put("unsentReports", unsentReports.getAsInt());
        details.put("printerModel", printerDescription);
        details.put("kioskVersion", Versions.kiosk());
        details.put("hardwareVersion", Versions.hardware());
        details.put("javaVersion", System.getProperty("java.version"));
        return details;
    }

    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
