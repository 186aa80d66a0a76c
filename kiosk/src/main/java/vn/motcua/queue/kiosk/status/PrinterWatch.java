package vn.motcua.queue.kiosk.status;

import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.time.Duration;
import vn.motcua.queue.kiosk.printer.PrinterWorker;

/**
 * Asks the printer for its status every few seconds while no ticket is being printed, so the
 * screen says "hết giấy" before a citizen presses, and clears by itself once the roll is changed.
 */
public final class PrinterWatch {
    private static final System.Logger LOG = System.getLogger(PrinterWatch.class.getName());

    private final Vertx vertx;
    private final PrinterWorker printer;
    private final KioskStatus status;
    private long timer = -1;

    public PrinterWatch(Vertx vertx, PrinterWorker printer, KioskStatus status) {
        this.vertx = vertx;
        this.printer = printer;
        this.status = status;
        status.onChange(s -> LOG.log(Level.INFO, "kiosk {0}, printer {1}", s.mode(), s.printer()));
    }

    public void start(Duration period) {
        checkNow();
        timer = vertx.setPeriodic(period.toMillis(), id -> {
            if (!status.busy()) {
                checkNow();
            }
        });
    }

    public void checkNow() {
        printer.status().onSuccess(status::printer);
    }

    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
