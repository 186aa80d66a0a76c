package vn.motcua.queue.kiosk.buttons;

import io.vertx.core.Context;
import java.lang.System.Logger.Level;
import vn.motcua.queue.hardware.gpio.ButtonPanel;
import vn.motcua.queue.kiosk.backend.Priority;
import vn.motcua.queue.kiosk.issue.IssueOutcome;
import vn.motcua.queue.kiosk.issue.TicketIssuer;

/**
 * Physical buttons: each press issues an ordinary ticket for the button's service. The panel
 * already drops bounces and presses during its lockout; the lockout is restarted when the ticket
 * is done, because printing can outlast it and an impatient second press must not make a second ticket.
 */
public final class ButtonKiosk {
    private static final System.Logger LOG = System.getLogger(ButtonKiosk.class.getName());

    private ButtonKiosk() {
    }

    /** @param context the Vert.x context the issuer runs on; GPIO callbacks arrive on Pi4J's threads */
    public static void wire(ButtonPanel panel, TicketIssuer issuer, Context context) {
        panel.onPress(service -> context.runOnContext(v ->
                issuer.issue(service, Priority.NONE).onSuccess(outcome -> {
                    panel.lockout();
                    log(service, outcome);
                })));
    }

    private static void log(String service, IssueOutcome outcome) {
        if (outcome.result() == IssueOutcome.Result.PRINTED) {
            LOG.log(Level.INFO, "button {0}: ticket {1}", service, outcome.ticket().number());
        } else {
            LOG.log(Level.WARNING, "button {0}: {1} ({2})", service, outcome.result(), outcome.detail());
        }
    }
}
