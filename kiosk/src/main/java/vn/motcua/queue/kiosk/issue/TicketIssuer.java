package vn.motcua.queue.kiosk.issue;

import io.vertx.core.Future;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.motcua.queue.hardware.printer.PrinterStatus;
import vn.motcua.queue.kiosk.backend.BackendClient;
import vn.motcua.queue.kiosk.backend.BackendException;
import vn.motcua.queue.kiosk.backend.Priority;
import vn.motcua.queue.kiosk.backend.Ticket;
import vn.motcua.queue.kiosk.printer.PrinterWorker;
import vn.motcua.queue.kiosk.status.BackendMonitor;
import vn.motcua.queue.kiosk.status.KioskStatus;

/**
 * One press, from the touch screen or a button: check the printer, issue through the backend
 * (idempotent, retried), print, report the print outcome. Each step decides whether the next one
 * runs, so a ticket is never issued into a printer that cannot print and never printed twice.
 */
public final class TicketIssuer {
    private static final System.Logger LOG = System.getLogger(TicketIssuer.class.getName());

    private final KioskStatus status;
    private final PrinterWorker printer;
    private final IdempotentIssue issue;
    private final BackendClient backend;
    private final BackendMonitor monitor;
    private final TicketCards cards;
    private final Outbox outbox;
    private final List<Consumer<IssueOutcome>> listeners = new CopyOnWriteArrayList<>();

    public TicketIssuer(KioskStatus status, PrinterWorker printer, IdempotentIssue issue, BackendClient backend,
                        BackendMonitor monitor, TicketCards cards, Outbox outbox) {
        this.status = status;
        this.printer = printer;
        this.issue = issue;
        this.backend = backend;
        this.monitor = monitor;
        this.cards = cards;
        this.outbox = outbox;
    }

    /** Never fails: every way it can end is an {@link IssueOutcome}. */
    public Future<IssueOutcome> issue(String service, Priority priority) {
        if (!status.backendUp()) {
            return Future.succeededFuture(IssueOutcome.of(IssueOutcome.Result.OUT_OF_SERVICE, status.printer(),
                    "backend unreachable"));
        }
        if (!status.tryStartIssuing()) {
            return Future.succeededFuture(IssueOutcome.of(IssueOutcome.Result.BUSY, status.printer(), "another press is being served"));
        }
        return printer.status()
                .compose(printerStatus -> {
                    status.printer(printerStatus);
                    if (!printerStatus.canPrint()) {
                        LOG.log(Level.WARNING, "press for {0} refused: printer {1}, no ticket issued", service, printerStatus);
                        return Future.succeededFuture(IssueOutcome.of(IssueOutcome.Result.PRINTER_NOT_READY,
                                printerStatus, "printer " + printerStatus));
                    }
                    return issueAndPrint(service, priority);
                })
                .recover(unexpected -> {
                    LOG.log(Level.ERROR, "press for " + service + " failed unexpectedly", unexpected);
                    return Future.succeededFuture(IssueOutcome.of(IssueOutcome.Result.PRINTER_NOT_READY,
                            PrinterStatus.OFFLINE, String.valueOf(unexpected)));
                })
                .onComplete(done -> status.doneIssuing())
                .onSuccess(outcome -> listeners.forEach(listener -> listener.accept(outcome)));
    }

    /** Hears the outcome of every press (button or touch), after the kiosk is free again. */
    public void onOutcome(Consumer<IssueOutcome> listener) {
        listeners.add(listener);
    }

    private Future<IssueOutcome> issueAndPrint(String service, Priority priority) {
        String key = IdempotentIssue.newKey();
        return issue.issue(service, priority, key).compose(
                this::print,
                failure -> Future.succeededFuture(notIssued(service, priority, key, failure)));
    }

    private IssueOutcome notIssued(String service, Priority priority, String key, Throwable failure) {
        if (failure instanceof BackendException e && !e.retryable()) {
            LOG.log(Level.WARNING, "backend refused a ticket for {0}: {1}", service, e.getMessage());
            return IssueOutcome.of(IssueOutcome.Result.REFUSED, status.printer(), e.getMessage());
        }
        // The backend may have committed a ticket whose answer never arrived. Repeating the key
        // once it is back tells; whatever ticket comes back was never printed, so a clerk sees it.
        outbox.send(new Outbox.Entry("unanswered ticket for " + service + " (key " + key + ")",
                () -> issue.issue(service, priority, key).compose(ticket ->
                        backend.reportPrinted(ticket.id(), false, "NOT_PRINTED: kiosk lost the backend while issuing"))));
        monitor.unreachable(failure);
        return IssueOutcome.of(IssueOutcome.Result.OUT_OF_SERVICE, status.printer(), failure.getMessage());
    }

    private Future<IssueOutcome> print(Ticket ticket) {
        return printer.print(cards.toPaper(ticket)).transform(printed -> {
            if (printed.succeeded()) {
                LOG.log(Level.INFO, "ticket {0} ({1}) issued and printed", ticket.number(), ticket.service());
                report(ticket, true, null);
                refreshPrinterStatus();
                return Future.succeededFuture(new IssueOutcome(IssueOutcome.Result.PRINTED, ticket, status.printer(), null));
            }
            PrinterStatus why = PrinterWorker.statusOf(printed.cause());
            LOG.log(Level.WARNING, "ticket {0} issued but not printed: {1}", ticket.number(), printed.cause().getMessage());
            status.printer(why);
            report(ticket, false, why.name() + ": " + printed.cause().getMessage());
            return Future.succeededFuture(new IssueOutcome(IssueOutcome.Result.PRINT_FAILED, ticket, why,
                    printed.cause().getMessage()));
        });
    }

    private void report(Ticket ticket, boolean ok, String error) {
        outbox.send(new Outbox.Entry("print report of " + ticket.number(),
                () -> backend.reportPrinted(ticket.id(), ok, error)));
    }

    /** The roll may have run out on this ticket: the next citizen should see it before pressing. */
    private void refreshPrinterStatus() {
        printer.status().onSuccess(status::printer);
    }
}
