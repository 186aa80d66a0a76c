package vn.motcua.queue.hardware.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.hardware.testing.MutableClock;

class SimulatedButtonPanelTest {
    private final MutableClock clock = new MutableClock();
    private final ButtonPanelConfig config = ButtonPanelConfig.pullUp(GpioProvider.SIMULATED, List.of(
            new ButtonPanelConfig.Button("civil-status", 17), new ButtonPanelConfig.Button("land", 27)));

    @Test
    void httpPressesGoThroughTheLockout() throws Exception {
        SimulatedButtonPanel panel = new SimulatedButtonPanel(config, clock);
        List<String> presses = new CopyOnWriteArrayList<>();
        panel.onPress(presses::add);
        try (HttpPressSource http = new HttpPressSource(panel, 0)) {
            HttpClient client = HttpClient.newHttpClient();
            assertThat(post(client, http.port(), "land")).isEqualTo("200 {\"accepted\":true}");
            assertThat(post(client, http.port(), "land")).isEqualTo("200 {\"accepted\":false}");
            clock.advance(Duration.ofSeconds(3));
            assertThat(post(client, http.port(), "civil-status")).isEqualTo("200 {\"accepted\":true}");
            assertThat(post(client, http.port(), "nope")).startsWith("404");
        }
        assertThat(presses).containsExactly("land", "civil-status");
    }

    @Test
    void typedButtonIdsArePresses() throws Exception {
        SimulatedButtonPanel panel = new SimulatedButtonPanel(config.withLockout(Duration.ZERO), clock);
        List<String> presses = new CopyOnWriteArrayList<>();
        panel.onPress(presses::add);
        StdinPressSource stdin = new StdinPressSource(panel,
                new ByteArrayInputStream("land\n\nunknown\ncivil-status\n".getBytes(StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(2)).until(() -> presses.size() == 2);
        stdin.close();
        assertThat(presses).containsExactly("land", "civil-status");
    }

    @Test
    void theFactoryBuildsTheSimulatedTwins() {
        try (GpioDevices devices = GpioDevices.open(GpioProvider.SIMULATED, clock)) {
            assertThat(devices.buttonPanel(config)).isInstanceOf(SimulatedButtonPanel.class);
            StatusLeds leds = devices.statusLeds(new StatusLedsConfig(GpioProvider.SIMULATED, null, null, null, null, true));
            leds.busy();
            assertThat(leds.current()).isEqualTo(StatusLeds.Signal.BUSY);
        }
        try (GpioDevices devices = GpioDevices.open(GpioProvider.MOCK, clock)) {
            assertThat(devices.buttonPanel(config)).isInstanceOf(Pi4jButtonPanel.class);
        }
    }

    private static String post(HttpClient client, int port, String button) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/buttons/" + button + "/press"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
