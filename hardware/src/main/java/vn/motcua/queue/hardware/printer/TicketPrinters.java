package vn.motcua.queue.hardware.printer;

import vn.motcua.queue.hardware.link.DeviceFileLink;
import vn.motcua.queue.hardware.printer.layout.TicketLayout;
import vn.motcua.queue.hardware.serial.ReconnectBackoff;
import vn.motcua.queue.hardware.serial.SerialLink;

/** Builds the printer a {@link PrinterConfig} asks for. */
public final class TicketPrinters {
    private TicketPrinters() {
    }

    public static TicketPrinter create(PrinterConfig config) {
        TicketLayout layout = new TicketLayout(config.profile(), config.paper());
        return switch (config.transport()) {
            case SERIAL -> new EscPosTicketPrinter(SerialLink.open(config.serial(), ReconnectBackoff.standard()),
                    layout, config.statusTimeout(), config.checkStatus());
            case USB -> new EscPosTicketPrinter(new DeviceFileLink(config.device()), layout,
                    config.statusTimeout(), config.checkStatus());
            case SIMULATED -> new SimulatedTicketPrinter(config.folder(), config.profile(), config.paper());
        };
    }
}
