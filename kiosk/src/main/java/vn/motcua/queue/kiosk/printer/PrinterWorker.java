package vn.motcua.queue.kiosk.printer;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.TimeUnit;
import vn.motcua.queue.hardware.printer.PrinterException;
import vn.motcua.queue.hardware.printer.PrinterStatus;
import vn.motcua.queue.hardware.printer.TicketData;
import vn.motcua.queue.hardware.printer.TicketPrinter;

/**
 * The printer's blocking calls (a status query waits for {@code DLE EOT} answers, a raster ticket
 * can take seconds at 9600 baud) on one worker thread of their own: never on the event loop, and
 * never two at once, since status bytes and ticket bytes share one cable.
 */
public final class PrinterWorker implements AutoCloseable {
    private final TicketPrinter printer;
    private final WorkerExecutor worker;

    public PrinterWorker(Vertx vertx, TicketPrinter printer) {
        this.printer = printer;
        // a long raster ticket at 9600 baud must not be reported as a blocked thread
        this.worker = vertx.createSharedWorkerExecutor("kiosk-printer", 1, 2, TimeUnit.MINUTES);
    }

    public Future<PrinterStatus> status() {
        return worker.executeBlocking(printer::status, true);
    }

    /** Fails with the {@link PrinterException} of the hardware library when the ticket did not print. */
    public Future<Void> print(TicketData ticket) {
        return worker.executeBlocking(() -> {
            printer.print(ticket);
            return null;
        }, true);
    }

    public static PrinterStatus statusOf(Throwable failure) {
        return failure instanceof PrinterException e ? e.status() : PrinterStatus.OFFLINE;
    }

    @Override
    public void close() {
        worker.close();
        printer.close();
    }

}
