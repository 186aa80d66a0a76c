package vn.motcua.queue.hardware.printer;

import java.lang.System.Logger.Level;
import java.time.Duration;
import vn.motcua.queue.hardware.link.ByteLink;
import vn.motcua.queue.hardware.link.LinkException;
import vn.motcua.queue.hardware.printer.layout.TicketLayout;

/** A real ESC/POS printer behind a {@link ByteLink}: a serial port or a USB printer device file. */
public final class EscPosTicketPrinter implements TicketPrinter {
    private static final System.Logger LOG = System.getLogger(EscPosTicketPrinter.class.getName());

    private final ByteLink link;
    private final TicketLayout layout;
    private final StatusQuery statusQuery;
    private final boolean checkStatus;

    /**
     * @param checkStatus false for printers that never answer {@code DLE EOT} (some USB-only models):
     *                    then {@link #print} sends blindly and {@link #status} reports NO_RESPONSE
     */
    public EscPosTicketPrinter(ByteLink link, TicketLayout layout, Duration statusTimeout, boolean checkStatus) {
        this.link = link;
        this.layout = layout;
        this.statusQuery = new StatusQuery(link, statusTimeout);
        this.checkStatus = checkStatus;
    }

    @Override
    public synchronized PrinterStatus status() {
        if (!link.isConnected()) {
            return PrinterStatus.DISCONNECTED;
        }
        return checkStatus ? statusQuery.run() : PrinterStatus.NO_RESPONSE;
    }

    @Override
    public synchronized void print(TicketData ticket) throws PrinterException {
        if (checkStatus) {
            PrinterStatus status = status();
            if (!status.canPrint()) {
                LOG.log(Level.WARNING, "ticket {0} not printed on {1}: {2}", ticket.number(), link.describe(), status);
                throw new PrinterException(status, "printer on " + link.describe() + " cannot print ticket " + ticket.number());
            }
        }
        byte[] bytes = layout.render(ticket);
        try {
            link.write(bytes);
        } catch (LinkException e) {
            PrinterStatus status = e.isDisconnected() ? PrinterStatus.DISCONNECTED : PrinterStatus.OFFLINE;
            LOG.log(Level.WARNING, "ticket {0} interrupted on {1}: {2}", ticket.number(), link.describe(), e.getMessage());
            throw new PrinterException(status, "ticket " + ticket.number() + " interrupted: " + e.getMessage(), e);
        }
        LOG.log(Level.INFO, "ticket {0} printed on {1} ({2} bytes)", ticket.number(), link.describe(), bytes.length);
    }

    @Override
    public void close() {
        link.close();
    }
}
