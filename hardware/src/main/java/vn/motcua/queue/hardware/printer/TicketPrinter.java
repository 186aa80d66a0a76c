package vn.motcua.queue.hardware.printer;

/**
 * A ticket printer as the kiosk sees it. Implementations: ESC/POS over a serial port or a USB
 * printer-class device file ({@link EscPosTicketPrinter}), and a folder of PNG + text files
 * ({@link SimulatedTicketPrinter}); {@link TicketPrinters} builds the configured one.
 */
public interface TicketPrinter extends AutoCloseable {

    /** Asks the printer now; never throws, a missing printer is {@link PrinterStatus#NO_RESPONSE} or DISCONNECTED. */
    PrinterStatus status();

    /**
     * Checks the status first and prints only if the printer can: a ticket sent into a printer
     * without paper is lost while the citizen believes it was issued.
     *
     * @throws PrinterException with the status that prevented or interrupted printing
     */
    void print(TicketData ticket) throws PrinterException;

    @Override
    void close();
}
