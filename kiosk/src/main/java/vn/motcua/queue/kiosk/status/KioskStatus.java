package vn.motcua.queue.kiosk.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.motcua.queue.hardware.printer.PrinterStatus;

/**
 * The kiosk's state as three facts (backend reachable, last printer status, issuing now) from
 * which {@link KioskMode} follows. Listeners hear every change of mode or printer status.
 */
public final class KioskStatus {
    private final List<Consumer<KioskStatus>> listeners = new CopyOnWriteArrayList<>();
    private boolean backendUp = true;
    private PrinterStatus printer = PrinterStatus.READY;
    private boolean busy;

    public synchronized KioskMode mode() {
        if (!backendUp) {
            return KioskMode.OUT_OF_SERVICE;
        }
        if (!printer.canPrint()) {
            return KioskMode.PRINTER_ERROR;
        }
        return busy ? KioskMode.BUSY : KioskMode.READY;
    }

    public synchronized boolean backendUp() {
        return backendUp;
    }

    public synchronized PrinterStatus printer() {
        return printer;
    }

    public synchronized boolean busy() {
        return busy;
    }

    public void backendUp(boolean up) {
        update(() -> backendUp = up);
    }

    public void printer(PrinterStatus status) {
        update(() -> printer = status);
    }

    /** Claims the kiosk for one press; false if another press is being served. */
    public boolean tryStartIssuing() {
        synchronized (this) {
            if (busy) {
                return false;
            }
        }
        update(() -> busy = true);
        return true;
    }

    public void doneIssuing() {
        update(() -> busy = false);
    }

    public void onChange(Consumer<KioskStatus> listener) {
        listeners.add(listener);
    }

    private void update(Runnable change) {
        KioskMode modeBefore;
        PrinterStatus printerBefore;
        synchronized (this) {
            modeBefore = mode();
            printerBefore = printer;
            change.run();
            if (modeBefore == mode() && printerBefore == printer) {
                return;
            }
        }
        listeners.forEach(listener -> listener.accept(this));
    }
}
