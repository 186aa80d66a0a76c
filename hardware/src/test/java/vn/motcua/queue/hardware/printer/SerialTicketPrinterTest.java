package vn.motcua.queue.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.hardware.cli.SampleTickets;
import vn.motcua.queue.hardware.printer.layout.PaperWidth;
import vn.motcua.queue.hardware.printer.layout.PrinterProfile;
import vn.motcua.queue.hardware.printer.layout.TicketLayout;
import vn.motcua.queue.hardware.serial.ReconnectBackoff;
import vn.motcua.queue.hardware.serial.SerialLink;
import vn.motcua.queue.hardware.serial.SerialSettings;
import vn.motcua.queue.hardware.testing.FakeEscPosPrinter;
import vn.motcua.queue.hardware.testing.SocatCable;

/** The serial driver against a printer played by the test on the other end of a socat cable. */
class SerialTicketPrinterTest {
    private static final PrinterProfile PROFILE = PrinterProfile.epsonCp1258();
    private static final Duration STATUS_TIMEOUT = Duration.ofMillis(300);

    @TempDir
    Path dir;
    private SocatCable cable;
    private FakeEscPosPrinter fake;
    private SerialLink link;
    private EscPosTicketPrinter printer;

    @BeforeEach
    void connect() throws Exception {
        cable = new SocatCable(dir);
        fake = new FakeEscPosPrinter(cable.hostEnd(), PROFILE.codePageTable());
    }

    private void openPrinter(SerialSettings settings) {
        openPrinter(settings, PROFILE);
    }

    private void openPrinter(SerialSettings settings, PrinterProfile profile) {
        link = SerialLink.open(settings, new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(400)));
        printer = new EscPosTicketPrinter(link, new TicketLayout(profile, PaperWidth.MM80), STATUS_TIMEOUT, true);
    }

    @AfterEach
    void disconnect() throws Exception {
        if (printer != null) {
            printer.close();
        }
        fake.close();
        cable.close();
    }

    @Test
    void printsATicketThatThePrinterDecodesToTheExpectedText() throws Exception {
        openPrinter(SerialSettings.of(cable.deviceEnd().toString(), 115200));

        printer.print(SampleTickets.standard());

        await().atMost(Duration.ofSeconds(5)).until(() -> fake.tickets().size() == 1);
        assertThat(fake.tickets().get(0).toText())
                .startsWith("Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk\nĐăng ký kinh doanh\n")
                .contains("A023\nƯU TIÊN: Người cao tuổi\n08:15  12/03/2025\n")
                .endsWith("[QR https://motcua.daklak.gov.vn/t/01HQ7Z3K9V]\nQuét mã để theo dõi lượt gọi\nXin cảm ơn quý khách!\n[cut]\n");
        assertThat(fake.statusRequests()).containsExactly(1, 2, 4);
    }

    @Test
    void refusesToPrintWithoutPaper() {
        openPrinter(SerialSettings.of(cable.deviceEnd().toString(), 9600));
        fake.setState(FakeEscPosPrinter.State.PAPER_OUT);

        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThatThrownBy(() -> printer.print(SampleTickets.standard()))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.status()).isEqualTo(PrinterStatus.PAPER_OUT));
        assertThat(fake.ticketBytes()).isZero();
    }

    @Test
    void reportsAnOpenCover() {
        openPrinter(SerialSettings.of(cable.deviceEnd().toString(), 9600));
        fake.setState(FakeEscPosPrinter.State.COVER_OPEN);

        assertThat(printer.status()).isEqualTo(PrinterStatus.COVER_OPEN);
        assertThatThrownBy(() -> printer.print(SampleTickets.standard()))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.status()).isEqualTo(PrinterStatus.COVER_OPEN));
    }

    @Test
    void printsWhenPaperIsNearItsEnd() throws Exception {
        openPrinter(SerialSettings.of(cable.deviceEnd().toString(), 9600));
        fake.setState(FakeEscPosPrinter.State.PAPER_NEAR_END);

        assertThat(printer.status()).isEqualTo(PrinterStatus.PAPER_NEAR_END);
        printer.print(SampleTickets.standard());
        await().atMost(Duration.ofSeconds(5)).until(() -> fake.tickets().size() == 1);
    }

    @Test
    void aPrinterThatDoesNotAnswerIsNoResponseWithinTheTimeout() {
        openPrinter(SerialSettings.of(cable.deviceEnd().toString(), 9600));
        fake.setState(FakeEscPosPrinter.State.SILENT);

        long start = System.nanoTime();
        assertThat(printer.status()).isEqualTo(PrinterStatus.NO_RESPONSE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(STATUS_TIMEOUT.multipliedBy(3));
        assertThatThrownBy(() -> printer.print(SampleTickets.standard()))
                .isInstanceOfSatisfying(PrinterException.class, e -> assertThat(e.status()).isEqualTo(PrinterStatus.NO_RESPONSE));
    }

    @Test
    void aCablePulledMidPrintIsReportedAndThePrinterComesBackWithTheCable() throws Exception {
        // XON/XOFF as many printers use: the fake holds the flow (buffer full), so the ticket is
        // still being sent when the cable goes
        openPrinter(SerialSettings.of(cable.deviceEnd().toString(), 9600)
                .withFlowControl(SerialSettings.FlowControl.XON_XOFF), PrinterProfile.raster());
        fake.holdWithXoffBeforeTicket();
        CompletableFuture<Void> printing = CompletableFuture.runAsync(() -> {
            try {
                printer.print(SampleTickets.standard());
            } catch (PrinterException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(fake::xoffSent);
        // held: still printing a while later (Awaitility's during = must hold for the whole window)
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !printing.isDone());

        cable.pull();

        await().atMost(Duration.ofSeconds(5)).until(printing::isDone);
        assertThatThrownBy(printing::get).isInstanceOf(ExecutionException.class)
                .cause().cause().isInstanceOfSatisfying(PrinterException.class,
                        e -> assertThat(e.status()).isEqualTo(PrinterStatus.DISCONNECTED));
        assertThat(printer.status()).isEqualTo(PrinterStatus.DISCONNECTED);
        assertThat(fake.tickets()).isEmpty();

        fake.close();
        cable.plugBack();
        fake = new FakeEscPosPrinter(cable.hostEnd(), PROFILE.codePageTable());

        await().atMost(Duration.ofSeconds(10)).until(() -> printer.status() == PrinterStatus.READY);
        printer.print(SampleTickets.standard());
        await().atMost(Duration.ofSeconds(5)).until(() -> fake.tickets().size() == 1);
    }
}
