package vn.motcua.queue.hardware.printer;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.imageio.ImageIO;
import vn.motcua.queue.hardware.printer.escpos.Printout;
import vn.motcua.queue.hardware.printer.escpos.PrintoutRenderer;
import vn.motcua.queue.hardware.printer.layout.PaperWidth;
import vn.motcua.queue.hardware.printer.layout.PrinterProfile;
import vn.motcua.queue.hardware.printer.layout.TicketLayout;

/**
 * A printer for machines without one: renders the same ESC/POS bytes a real printer would get,
 * decodes them, and writes {@code NUMBER-yyyyMMdd-HHmmss.png}, {@code .txt} and {@code .escpos}
 * into a folder. Write a status name (e.g. {@code PAPER_OUT}) into {@code STATUS} in that folder to
 * make it report that status and refuse tickets, as a kiosk developer would want to try.
 */
public final class SimulatedTicketPrinter implements TicketPrinter {
    private static final System.Logger LOG = System.getLogger(SimulatedTicketPrinter.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path folder;
    private final PrinterProfile profile;
    private final PaperWidth paper;
    private final TicketLayout layout;

    public SimulatedTicketPrinter(Path folder, PrinterProfile profile, PaperWidth paper) {
        this.folder = folder;
        this.profile = profile;
        this.paper = paper;
        this.layout = new TicketLayout(profile, paper);
    }

    @Override
    public PrinterStatus status() {
        Path statusFile = folder.resolve("STATUS");
        if (!Files.isRegularFile(statusFile)) {
            return Files.isDirectory(folder) || folder.toFile().mkdirs() ? PrinterStatus.READY : PrinterStatus.DISCONNECTED;
        }
        try {
            return PrinterStatus.valueOf(Files.readString(statusFile).trim().toUpperCase(Locale.ROOT));
        } catch (IOException | IllegalArgumentException e) {
            return PrinterStatus.OFFLINE;
        }
    }

    @Override
    public synchronized void print(TicketData ticket) throws PrinterException {
        PrinterStatus status = status();
        if (!status.canPrint()) {
            throw new PrinterException(status, "simulated printer in " + folder + " cannot print ticket " + ticket.number());
        }
        byte[] bytes = layout.render(ticket);
        Printout printout = Printout.of(bytes, profile.codePageTable());
        try {
            Path base = uniqueBase(ticket.number().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + STAMP.format(ticket.issuedAt()));
            Files.write(base.resolveSibling(base.getFileName() + ".escpos"), bytes);
            Files.writeString(base.resolveSibling(base.getFileName() + ".txt"), printout.toText(), StandardCharsets.UTF_8);
            ImageIO.write(PrintoutRenderer.render(printout, paper.dots()), "png",
                    base.resolveSibling(base.getFileName() + ".png").toFile());
            LOG.log(Level.INFO, "ticket {0} printed to {1}.png", ticket.number(), base);
        } catch (IOException e) {
            throw new PrinterException(PrinterStatus.OFFLINE, "cannot write ticket into " + folder, e);
        }
    }

    public Path folder() {
        return folder;
    }

    private Path uniqueBase(String name) throws IOException {
        Files.createDirectories(folder);
        Path base = folder.resolve(name);
        for (int i = 2; Files.exists(base.resolveSibling(base.getFileName() + ".png")); i++) {
            base = folder.resolve(name + "-" + i);
        }
        return base;
    }

    @Override
    public void close() {
        // nothing held open
    }
}
