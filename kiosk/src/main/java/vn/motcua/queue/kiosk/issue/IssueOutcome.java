package vn.motcua.queue.kiosk.issue;

import io.vertx.core.json.JsonObject;
import vn.motcua.queue.hardware.printer.PrinterStatus;
import vn.motcua.queue.kiosk.backend.Ticket;

/**
 * What became of one press, for the screen and the LEDs.
 *
 * @param ticket  the issued ticket (PRINTED and PRINT_FAILED), else null
 * @param printer the printer status that decided it (PRINTER_NOT_READY, PRINT_FAILED), else the last known
 * @param detail  the backend's or printer's words, for logs and the technician
 */
public record IssueOutcome(Result result, Ticket ticket, PrinterStatus printer, String detail) {

    public enum Result {
        /** Issued and printed. */
        PRINTED,
        /** Issued, but the paper did not come out: the ticket was reported for a clerk to reprint or cancel. */
        PRINT_FAILED,
        /** Printer cannot print: nothing was issued. */
        PRINTER_NOT_READY,
        /** Backend unreachable: nothing the citizen can take away was issued. */
        OUT_OF_SERVICE,
        /** The backend said no (service closed, unknown service): nothing was issued. */
        REFUSED,
        /** Another press is being served. */
        BUSY
    }

    public static IssueOutcome of(Result result, PrinterStatus printer, String detail) {
        return new IssueOutcome(result, null, printer, detail);
    }

    public JsonObject toJson() {
        JsonObject json = new JsonObject().put("result", result.name())
                .put("printer", printer == null ? null : printer.name()).put("detail", detail);
        if (ticket != null) {
            json.put("ticket", ticket.toJson());
        }
        return json;
    }
}
