package vn.motcua.queue.hardware.cli;

import java.util.List;
import vn.motcua.queue.hardware.printer.escpos.Printout;
import vn.motcua.queue.hardware.printer.escpos.PrintoutRenderer;
import vn.motcua.queue.hardware.printer.layout.PaperWidth;
import vn.motcua.queue.hardware.printer.layout.PrinterProfile;
import vn.motcua.queue.hardware.printer.layout.TextMode;
import vn.motcua.queue.hardware.printer.layout.TicketLayout;
import vn.motcua.queue.hardware.serial.SerialSettings;

/**
 * Prints, as a Markdown table, the bytes of the standard ticket per profile and paper width and
 * the time they take on the wire at 9600 and 115200 baud (8N1: 10 bits a byte). Also the render
 * time, which a kiosk pays before the first byte leaves.
 */
public final class TicketSizeBenchmark {
    private TicketSizeBenchmark() {
    }

    public static void main(String[] args) {
        List<PrinterProfile> profiles = List.of(
                PrinterProfile.raster(),
                new PrinterProfile("raster, QR as image", TextMode.RASTER, 0, false, false, false),
                PrinterProfile.epsonCp1258(),
                PrinterProfile.ascii());
        System.out.println("| profile | paper | bytes | at 9600 baud | at 115200 baud | render ms |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (PrinterProfile profile : profiles) {
            for (PaperWidth paper : PaperWidth.values()) {
                TicketLayout layout = new TicketLayout(profile, paper);
                for (int i = 0; i < 5; i++) {
                    layout.render(SampleTickets.standard()); // warm-up: fonts, JIT
                }
                long start = System.nanoTime();
                int runs = 20;
                byte[] bytes = null;
                for (int i = 0; i < runs; i++) {
                    bytes = layout.render(SampleTickets.standard());
                }
                double renderMs = (System.nanoTime() - start) / 1e6 / runs;
                System.out.printf("| %s | %s | %,d | %.2f s | %.3f s | %.1f |%n", profile.name(), paper.name().substring(2) + " mm",
                        bytes.length, SerialSettings.of("-", 9600).transferSeconds(bytes.length),
                        SerialSettings.of("-", 115200).transferSeconds(bytes.length), renderMs);
            }
        }
        // what drawing the whole ticket would cost: its printed height times a full dot row
        for (PaperWidth paper : PaperWidth.values()) {
            PrinterProfile raster = PrinterProfile.raster();
            Printout printout = Printout.of(new TicketLayout(raster, paper).render(SampleTickets.standard()),
                    raster.codePageTable());
            long bytes = (long) PrintoutRenderer.render(printout, paper.dots()).getHeight() * (paper.dots() / 8);
            System.out.printf("| whole ticket as one image (estimate) | %s mm | %,d | %.2f s | %.3f s | - |%n",
                    paper.name().substring(2), bytes, SerialSettings.of("-", 9600).transferSeconds(bytes),
                    SerialSettings.of("-", 115200).transferSeconds(bytes));
        }
    }
}
