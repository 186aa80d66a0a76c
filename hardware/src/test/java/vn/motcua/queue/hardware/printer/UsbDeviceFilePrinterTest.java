package vn.motcua.queue.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.hardware.cli.SampleTickets;
import vn.motcua.queue.hardware.link.DeviceFileLink;
import vn.motcua.queue.hardware.printer.escpos.Printout;
import vn.motcua.queue.hardware.printer.layout.PaperWidth;
import vn.motcua.queue.hardware.printer.layout.PrinterProfile;
import vn.motcua.queue.hardware.printer.layout.TicketLayout;
import vn.motcua.queue.hardware.testing.FakeEscPosPrinter;
import vn.motcua.queue.hardware.testing.SocatCable;

/**
 * The USB printer-class transport ({@code /dev/usb/lp0} is a file): here a pseudo-terminal opened
 * as a plain file stands in for the device, with the test playing the printer on the other end.
 */
class UsbDeviceFilePrinterTest {
    @TempDir
    Path dir;

    @Test
    void printsAndQueriesStatusThroughADeviceFile() throws Exception {
        PrinterProfile profile = PrinterProfile.ascii();
        try (SocatCable cable = new SocatCable(dir);
             FakeEscPosPrinter fake = new FakeEscPosPrinter(cable.hostEnd(), profile.codePageTable());
             TicketPrinter printer = new EscPosTicketPrinter(new DeviceFileLink(cable.deviceEnd()),
                     new TicketLayout(profile, PaperWidth.MM58), Duration.ofMillis(300), true)) {

            assertThat(printer.status()).isEqualTo(PrinterStatus.READY);
            printer.print(SampleTickets.standard());
            await().atMost(Duration.ofSeconds(5)).until(() -> fake.tickets().size() == 1);
            assertThat(fake.tickets().get(0).toText()).startsWith("Trung tam Phuc vu hanh chinh\n");

            fake.setState(FakeEscPosPrinter.State.PAPER_OUT);
            assertThatThrownBy(() -> printer.print(SampleTickets.standard()))
                    .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.status()).isEqualTo(PrinterStatus.PAPER_OUT));
        }
    }

    @Test
    void aMissingDeviceIsDisconnected() {
        try (TicketPrinter printer = new EscPosTicketPrinter(new DeviceFileLink(dir.resolve("lp0")),
                new TicketLayout(PrinterProfile.raster(), PaperWidth.MM80), Duration.ofMillis(100), true)) {
            assertThat(printer.status()).isEqualTo(PrinterStatus.DISCONNECTED);
            assertThatThrownBy(() -> printer.print(SampleTickets.standard()))
                    .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.status()).isEqualTo(PrinterStatus.DISCONNECTED));
        }
    }

    @Test
    void withoutStatusChecksItSendsTheTicketBlindly() throws Exception {
        Path file = Files.createFile(dir.resolve("lp0"));
        PrinterProfile profile = PrinterProfile.epsonCp1258();
        try (TicketPrinter printer = new EscPosTicketPrinter(new DeviceFileLink(file),
                new TicketLayout(profile, PaperWidth.MM80), Duration.ofMillis(100), false)) {
            assertThat(printer.status()).isEqualTo(PrinterStatus.NO_RESPONSE);
            printer.print(SampleTickets.standard());
        }
        Printout printout = Printout.of(Files.readAllBytes(file), profile.codePageTable());
        assertThat(printout.isCut()).isTrue();
        assertThat(printout.toText()).contains("Số người chờ trước bạn\n5\n");
    }
}
