package vn.motcua.queue.hardware.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.motcua.queue.hardware.printer.PrinterConfig;
import vn.motcua.queue.hardware.printer.PrinterException;
import vn.motcua.queue.hardware.printer.PrinterStatus;
import vn.motcua.queue.hardware.printer.TicketPrinter;
import vn.motcua.queue.hardware.printer.TicketPrinters;
import vn.motcua.queue.hardware.printer.escpos.Printout;
import vn.motcua.queue.hardware.printer.escpos.PrintoutRenderer;
import vn.motcua.queue.hardware.printer.layout.PaperWidth;
import vn.motcua.queue.hardware.printer.layout.PrinterProfile;

/**
 * Tries a ticket printer from the command line: {@code status}, {@code print} (the sample ticket)
 * and {@code decode} (a captured ESC/POS file to text and PNG). Options are the printer config
 * keys of hardware/README.md, e.g. {@code --transport serial --port /dev/ttyUSB0 --baud 9600}.
 * Exit code 0 when the printer is ready / printed, 2 when it is not, 1 for a usage error.
 */
public final class PrinterCli {
    private static final String USAGE = """
            usage: PrinterCli status|print [--transport serial|usb|simulated] [--port /dev/ttyUSB0] [--baud 9600]
                                           [--parity none|odd|even] [--flow-control none|rts_cts|dsr_dtr|xon_xoff]
                                           [--device /dev/usb/lp0] [--folder printed-tickets]
                                           [--profile raster|epson-cp1258|zjiang-cp1258|rongta-cp1258|xprinter-raster|ascii]
                                           [--code-page N] [--paper 58|80] [--status-timeout-ms 500] [--check-status true|false]
                   PrinterCli decode FILE.escpos [--profile ...] [--code-page N] [--paper 58|80] [--png OUT.png]
            """;

    private PrinterCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return 1;
        }
        try {
            return switch (arguments.command()) {
                case "status" -> status(arguments.options());
                case "print" -> print(arguments.options());
                case "decode" -> decode(arguments);
                default -> {
                    System.err.print(USAGE);
                    yield 1;
                }
            };
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return 1;
        } catch (Exception e) {
            System.err.println("failed: " + e);
            return 2;
        }
    }

    private static int status(Map<String, String> options) {
        try (TicketPrinter printer = TicketPrinters.create(PrinterConfig.fromMap(options))) {
            PrinterStatus status = printer.status();
            System.out.println(status);
            return status.canPrint() ? 0 : 2;
        }
    }

    private static int print(Map<String, String> options) {
        try (TicketPrinter printer = TicketPrinters.create(PrinterConfig.fromMap(options))) {
            printer.print(SampleTickets.standard());
            System.out.println("printed sample ticket " + SampleTickets.standard().number());
            return 0;
        } catch (PrinterException e) {
            System.out.println(e.status() + ": " + e.getMessage());
            return 2;
        }
    }

    private static int decode(CliArguments arguments) throws Exception {
        if (arguments.positional().size() != 1) {
            throw new IllegalArgumentException("decode needs one file");
        }
        Map<String, String> options = arguments.options();
        PrinterProfile profile = PrinterProfile.preset(options.getOrDefault("profile", "raster"));
        if (options.containsKey("code-page")) {
            profile = profile.withCodePage(Integer.parseInt(options.get("code-page")));
        }
        Printout printout = Printout.of(Files.readAllBytes(Path.of(arguments.positional().get(0))), profile.codePageTable());
        System.out.print(printout.toText());
        if (options.containsKey("png")) {
            PaperWidth paper = PaperWidth.parse(options.getOrDefault("paper", "80"));
            ImageIO.write(PrintoutRenderer.render(printout, paper.dots()), "png", new File(options.get("png")));
        }
        return 0;
    }
}
