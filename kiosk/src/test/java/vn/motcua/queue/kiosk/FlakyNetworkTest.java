package vn.motcua.queue.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.hardware.gpio.StatusLeds;
import vn.motcua.queue.hardware.printer.PrinterException;
import vn.motcua.queue.hardware.printer.PrinterStatus;
import vn.motcua.queue.hardware.printer.TicketData;
import vn.motcua.queue.hardware.printer.TicketPrinter;
import vn.motcua.queue.kiosk.status.KioskMode;
import vn.motcua.queue.kiosk.testing.BackendExtension;
import vn.motcua.queue.kiosk.testing.BackendFacts;
import vn.motcua.queue.kiosk.testing.BackendServer;
import vn.motcua.queue.kiosk.testing.FlakyProxy;
import vn.motcua.queue.kiosk.testing.TestKiosks;

/** The kiosk behind a proxy that loses answers and goes down, pressed through its touch API. */
@ExtendWith(BackendExtension.class)
class FlakyNetworkTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tickets;
    private BackendFacts facts;
    private FlakyProxy proxy;
    private KioskApp kiosk;

    @BeforeEach
    void start(BackendServer backend) throws Exception {
        facts = new BackendFacts(backend);
        proxy = new FlakyProxy(backend.url());
    }

    private void startKiosk(TicketPrinter printer) throws Exception {
        Map<String, String> values = TestKiosks.base(proxy.url());
        values.put("printer.transport", "simulated");
        values.put("printer.folder", tickets.toString());
        kiosk = printer == null ? new KioskApp(TestKiosks.config(values), Clock.systemUTC())
                : new KioskApp(TestKiosks.config(values), Clock.systemUTC(), printer);
        kiosk.start().toCompletionStage().toCompletableFuture().get();
        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.status().mode() == KioskMode.READY);
    }

    @AfterEach
    void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        proxy.close();
    }

    private JsonObject press(String service) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(kiosk.url() + "api/press"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"" + service + "\",\"priority\":\"NONE\"}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new JsonObject(response.body());
    }

    private List<Path> printed() throws IOException {
        try (Stream<Path> files = Files.list(tickets)) {
            return files.filter(f -> f.toString().endsWith(".png")).toList();
        }
    }

    @Test
    void aTimedOutPostIsRepeatedWithTheSameKeyAndMakesOneTicket() throws Exception {
        startKiosk(null);
        Set<String> before = facts.ticketIds();
        proxy.swallowTicketAnswers(1);

        JsonObject outcome = press("KD");

        assertThat(outcome.getString("result")).isEqualTo("PRINTED");
        List<FlakyProxy.Seen> posts = proxy.seen().stream()
                .filter(s -> s.method().equals("POST") && s.path().endsWith("/tickets")).toList();
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).idempotencyKey()).isNotBlank().isEqualTo(posts.get(1).idempotencyKey());
        List<JsonObject> issued = facts.ticketsSince(before);
        assertThat(issued).hasSize(1);
        String number = issued.get(0).getString("number");
        assertThat(outcome.getJsonObject("ticket").getString("number")).isEqualTo(number);
        assertThat(printed()).hasSize(1);
        assertThat(printed().get(0).getFileName().toString()).startsWith(number + "-");
    }

    @Test
    void backendDownMeansOutOfServiceAndNothingIssuedThenItRecoversByItself() throws Exception {
        startKiosk(null);
        Set<String> before = facts.ticketIds();

        proxy.down();

        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.status().mode() == KioskMode.OUT_OF_SERVICE);
        assertThat(kiosk.leds().current()).isEqualTo(StatusLeds.Signal.ERROR);
        assertThat(press("XD").getString("result")).isEqualTo("OUT_OF_SERVICE");
        assertThat(facts.ticketsSince(before)).isEmpty();

        proxy.up();

        await().atMost(Duration.ofSeconds(10)).until(() -> kiosk.status().mode() == KioskMode.READY);
        assertThat(kiosk.leds().current()).isEqualTo(StatusLeds.Signal.READY);
        JsonObject outcome = press("XD");
        assertThat(outcome.getString("result")).isEqualTo("PRINTED");
        assertThat(facts.ticketsSince(before)).extracting(t -> t.getString("number"))
                .containsExactly(outcome.getJsonObject("ticket").getString("number"));
    }

    @Test
    void aTicketThatDoesNotPrintAfterIssuingIsReportedAndTheCitizenToldItsNumber() throws Exception {
        startKiosk(new JammingPrinter());
        Set<String> before = facts.ticketIds();

        JsonObject outcome = press("LD");

        assertThat(outcome.getString("result")).isEqualTo("PRINT_FAILED");
        assertThat(outcome.getString("printer")).isEqualTo("OFFLINE");
        String id = outcome.getJsonObject("ticket").getString("id");
        assertThat(facts.ticketsSince(before)).extracting(t -> t.getString("id")).containsExactly(id);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(proxy.seen())
                .filteredOn(s -> s.path().equals("/api/tickets/" + id + "/printed"))
                .singleElement()
                .satisfies(s -> assertThat(new JsonObject(s.body()).getBoolean("ok")).isFalse()));
    }

    /** Answers READY, then jams in the middle of every ticket. */
    private static final class JammingPrinter implements TicketPrinter {
        @Override
        public PrinterStatus status() {
            return PrinterStatus.READY;
        }

        @Override
        public void print(TicketData ticket) throws PrinterException {
            throw new PrinterException(PrinterStatus.OFFLINE, "paper jam while printing " + ticket.number());
        }

        @Override
        public void close() {
        }
    }
}
