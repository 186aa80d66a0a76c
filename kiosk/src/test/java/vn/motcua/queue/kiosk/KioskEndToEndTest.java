package vn.motcua.queue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.hardware.gpio.Pi4jButtonPanel;
import vn.motcua.queue.hardware.gpio.StatusLeds;
import vn.motcua.queue.hardware.printer.PrinterStatus;
import vn.motcua.queue.hardware.printer.escpos.Printout;
import vn.motcua.queue.hardware.printer.layout.PrinterProfile;
import vn.motcua.queue.kiosk.issue.IssueOutcome;
import vn.motcua.queue.kiosk.status.KioskMode;
import vn.motcua.queue.kiosk.testing.BackendExtension;
import vn.motcua.queue.kiosk.testing.BackendFacts;
import vn.motcua.queue.kiosk.testing.BackendServer;
import vn.motcua.queue.hardware.testing.FakeEscPosPrinter;
import vn.motcua.queue.hardware.testing.MutableClock;
import vn.motcua.queue.hardware.testing.SocatCable;
import vn.motcua.queue.kiosk.testing.TestKiosks;

/**
 * The whole chain: a real backend, the kiosk agent, a physical-button press on Pi4J's mock
 * platform, and a printer played by the test on the far end of a socat serial cable.
 */
@ExtendWith(BackendExtension.class)
class KioskEndToEndTest {
    private static final PrinterProfile PROFILE = PrinterProfile.epsonCp1258();

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock();
    private BackendServer backend;
    private BackendFacts facts;
    private SocatCable cable;
    private FakeEscPosPrinter printer;
    private KioskApp kiosk;

    @BeforeEach
    void start(BackendServer server) throws Exception {
        backend = server;
        facts = new BackendFacts(backend);
        cable = new SocatCable(dir);
        printer = new FakeEscPosPrinter(cable.hostEnd(), PROFILE.codePageTable());
        Map<String, String> values = TestKiosks.base(backend.url());
        values.putAll(Map.of("printer.transport", "serial", "printer.port", cable.deviceEnd().toString(),
                "printer.baud", "115200", "printer.profile", "epson-cp1258", "printer.status-timeout-ms", "300",
                "gpio.provider", "mock", "buttons", "17:DD,27:TP"));
        kiosk = new KioskApp(TestKiosks.config(values), clock);
        kiosk.start().toCompletionStage().toCompletableFuture().get();
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.status().mode() == KioskMode.READY);
        // the mock starts every pin LOW, which pull-up wiring reads as held: release them first
        pin("DD").mockState(DigitalState.HIGH);
        pin("TP").mockState(DigitalState.HIGH);
        clock.advance(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (printer != null) {
            printer.close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    private MockDigitalInput pin(String service) {
        return (MockDigitalInput) ((Pi4jButtonPanel) kiosk.buttons()).input(service);
    }

    private void pressButton(String service) {
        pin(service).mockState(DigitalState.LOW);
        clock.advanceMillis(200);
        pin(service).mockState(DigitalState.HIGH);
        clock.advance(Duration.ofSeconds(5)); // past the lockout, so a later press in the same test counts
    }

    @Test
    void aButtonPressIssuesExactlyOneTicketAndPrintsItOnTheCable() {
        facts.issueDirectly("DD");
        facts.issueDirectly("DD"); // people ahead, so the printed count means something
        Set<String> before = facts.ticketIds();
        assertThat(kiosk.leds().current()).isEqualTo(StatusLeds.Signal.READY);

        pressButton("DD");

        await().atMost(Duration.ofSeconds(15)).until(() -> printer.tickets().size() == 1);
        List<JsonObject> issued = facts.ticketsSince(before);
        assertThat(issued).hasSize(1);
        JsonObject ticket = issued.get(0);
        assertThat(ticket.getString("service")).isEqualTo("DD");
        assertThat(ticket.getString("channel")).isEqualTo("KIOSK");
        int ahead = ticket.getInteger("position");
        assertThat(ahead).isGreaterThanOrEqualTo(2);

        Printout paper = printer.tickets().get(0);
        assertThat(paper.toText())
                .startsWith("Trung tâm Phục vụ hành chính công tỉnh (demo)\nĐất đai\n")
                .contains("\n" + ticket.getString("number") + "\n")
                .contains("Số người chờ trước bạn\n" + ahead + "\n");
        assertThat(paper.qrPayloads()).containsExactly("https://motcua.example.vn/t/" + ticket.getString("id"));
        await().atMost(Duration.ofSeconds(5)).until(() -> kiosk.leds().current() == StatusLeds.Signal.READY
                && kiosk.unsentReports() == 0);
        assertThat(facts.ticketsSince(before)).hasSize(1);
    }

    @Test
    void paperOutIssuesNothingBlinksErrorAndReportsItInTheHeartbeat() {
        printer.setState(FakeEscPosPrinter.State.PAPER_OUT);
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.status().mode() == KioskMode.PRINTER_ERROR);
        assertThat(kiosk.status().printer()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(kiosk.leds().current()).isEqualTo(StatusLeds.Signal.ERROR);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonObject device = facts.kioskDevice();
            assertThat(device.getString("status")).isEqualTo("ERROR");
            assertThat(device.getString("details")).contains("PAPER_OUT");
        });
        Set<String> before = facts.ticketIds();

        List<IssueOutcome> outcomes = new CopyOnWriteArrayList<>();
        kiosk.issuer().onOutcome(outcomes::add);

        pressButton("TP");

        await().atMost(Duration.ofSeconds(5)).until(() -> outcomes.size() == 1);
        assertThat(outcomes.get(0).result()).isEqualTo(IssueOutcome.Result.PRINTER_NOT_READY);
        assertThat(outcomes.get(0).printer()).isEqualTo(PrinterStatus.PAPER_OUT);
        assertThat(facts.ticketsSince(before)).isEmpty();
        assertThat(kiosk.leds().current()).isEqualTo(StatusLeds.Signal.ERROR);
        assertThat(printer.tickets()).isEmpty();
    }

    @Test
    void paperNearEndStillPrintsAndWarnsTheSupervisor() {
        printer.setState(FakeEscPosPrinter.State.PAPER_NEAR_END);
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.status().printer() == PrinterStatus.PAPER_NEAR_END);
        Set<String> before = facts.ticketIds();

        pressButton("TP");

        await().atMost(Duration.ofSeconds(15)).until(() -> printer.tickets().size() == 1);
        assertThat(facts.ticketsSince(before)).hasSize(1);
        assertThat(kiosk.status().mode()).isNotEqualTo(KioskMode.PRINTER_ERROR);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonObject device = facts.kioskDevice();
            assertThat(device.getString("status")).isEqualTo("WARNING");
            assertThat(device.getString("details")).contains("PAPER_NEAR_END");
        });
    }
}
