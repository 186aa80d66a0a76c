package vn.motcua.queue.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.hardware.cli.SampleTickets;
import vn.motcua.queue.hardware.printer.layout.PaperWidth;
import vn.motcua.queue.hardware.printer.layout.PrinterProfile;

class SimulatedTicketPrinterTest {
    @TempDir
    Path dir;

    @Test
    void writesEachTicketAsPngTextAndRawBytes() throws Exception {
        TicketPrinter printer = TicketPrinters.create(PrinterConfig.fromMap(Map.of(
                "transport", "simulated", "folder", dir.toString(), "profile", "epson-cp1258", "paper", "58")));

        assertThat(printer).isInstanceOf(SimulatedTicketPrinter.class);
        assertThat(printer.status()).isEqualTo(PrinterStatus.READY);
        printer.print(SampleTickets.standard());
        printer.print(SampleTickets.standard());

        assertThat(Files.readString(dir.resolve("A023-20250312-081500.txt")))
                .startsWith("Trung tâm Phục vụ hành chính\ncông tỉnh Đắk Lắk\n");
        assertThat(dir.resolve("A023-20250312-081500.escpos")).isNotEmptyFile();
        assertThat(dir.resolve("A023-20250312-081500-2.png")).exists();
        BufferedImage png = ImageIO.read(dir.resolve("A023-20250312-081500.png").toFile());
        assertThat(png.getWidth()).isEqualTo(PaperWidth.MM58.dots());
        assertThat(png.getHeight()).isGreaterThan(600);
    }

    @Test
    void aStatusFileMakesItRefuseTickets() throws Exception {
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter(dir, PrinterProfile.raster(), PaperWidth.MM80);
        Files.writeString(dir.resolve("STATUS"), "paper_out\n");

        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThatThrownBy(() -> printer.print(SampleTickets.standard()))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.status()).isEqualTo(PrinterStatus.PAPER_OUT));
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("STATUS");
        }
    }
}
