package vn.motcua.queue.hardware.printer;

/** A ticket was not printed; {@link #status()} says why, in terms a kiosk can show or report. */
public class PrinterException extends Exception {
    private final PrinterStatus status;

    public PrinterException(PrinterStatus status, String message) {
        super(message + " (" + status + ")");
        this.status = status;
    }

    public PrinterException(PrinterStatus status, String message, Throwable cause) {
        super(message + " (" + status + ")", cause);
        this.status = status;
    }

    public PrinterStatus status() {
        return status;
    }
}
