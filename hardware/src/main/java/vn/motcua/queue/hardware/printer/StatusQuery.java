package vn.motcua.queue.hardware.printer;

import java.time.Duration;
import vn.motcua.queue.hardware.link.ByteLink;
import vn.motcua.queue.hardware.link.LinkException;
import vn.motcua.queue.hardware.printer.escpos.EscPos;
import vn.motcua.queue.hardware.printer.escpos.StatusBytes;

/**
 * Asks a printer for its state with the three real-time requests {@code DLE EOT 1/2/4}, one at a
 * time, each with its own timeout. Sent only between tickets, never inside another command.
 */
final class StatusQuery {
    private final ByteLink link;
    private final Duration timeout;

    StatusQuery(ByteLink link, Duration timeout) {
        this.link = link;
        this.timeout = timeout;
    }

    PrinterStatus run() {
        try {
            link.discardInput(); // a late answer to an earlier query must not be read as this one's
            Integer printer = ask(EscPos.STATUS_PRINTER);
            if (printer == null) {
                return PrinterStatus.NO_RESPONSE;
            }
            Integer cause = ask(EscPos.STATUS_OFFLINE_CAUSE);
            Integer paper = ask(EscPos.STATUS_PAPER_SENSOR);
            return classify(printer, cause == null ? 0x12 : cause, paper == null ? 0x12 : paper);
        } catch (LinkException e) {
            return e.isDisconnected() ? PrinterStatus.DISCONNECTED : PrinterStatus.NO_RESPONSE;
        }
    }

    /** Most urgent first: a citizen-visible cause (cover, paper) before a generic offline. */
    static PrinterStatus classify(int printer, int cause, int paper) {
        if (StatusBytes.isCoverOpen(cause)) {
            return PrinterStatus.COVER_OPEN;
        }
        if (StatusBytes.isPaperOut(paper) || StatusBytes.isStoppedByPaperEnd(cause)) {
            return PrinterStatus.PAPER_OUT;
        }
        if (StatusBytes.isOffline(printer) || StatusBytes.isError(cause)) {
            return PrinterStatus.OFFLINE;
        }
        if (StatusBytes.isPaperNearEnd(paper)) {
            return PrinterStatus.PAPER_NEAR_END;
        }
        return PrinterStatus.READY;
    }

    private Integer ask(int n) throws LinkException {
        link.write(EscPos.statusRequest(n));
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] one = new byte[1];
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            if (link.read(one, Duration.ofNanos(left)) == 1 && StatusBytes.isStatusByte(one[0] & 0xFF)) {
                return one[0] & 0xFF;
            }
        }
    }
}
