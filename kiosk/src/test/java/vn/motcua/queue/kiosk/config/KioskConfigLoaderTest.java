package vn.motcua.queue.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.hardware.gpio.GpioProvider;

class KioskConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void environmentOverridesTheFileAndPrinterKeysPassThrough() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, """
                backend.url=http://10.0.0.5:8080
                center=HCC-DL
                device.token=from-file
                ui.help-location=Quầy số 1
                printer.transport=serial
                printer.port=/dev/ttyUSB0
                buttons=17:dd, 27:TP
                """, StandardCharsets.UTF_8);

        KioskConfig config = KioskConfigLoader.load(file, Map.of(
                "KIOSK_DEVICE_TOKEN", "from-env", "KIOSK_PRINTER_BAUD", "115200", "KIOSK_ISSUE_ATTEMPTS", "2"));

        assertThat(config.deviceToken()).isEqualTo("from-env");
        assertThat(config.helpLocation()).isEqualTo("Quầy số 1");
        assertThat(config.printer()).containsEntry("transport", "serial").containsEntry("port", "/dev/ttyUSB0")
                .containsEntry("baud", "115200").doesNotContainKey("check-ms");
        assertThat(config.buttons()).containsExactly(new KioskConfig.ButtonBinding(17, "DD"), new KioskConfig.ButtonBinding(27, "TP"));
        assertThat(config.timing().issueAttempts()).isEqualTo(2);
        assertThat(config.publicBaseUrl()).isEqualTo(URI.create("http://10.0.0.5:8080"));
        assertThat(config.statusUrl("abc")).isEqualTo("http://10.0.0.5:8080/t/abc");
    }

    @Test
    void defaultsAreASimulatedTouchKioskForTheDemoCenter() {
        KioskConfig config = KioskConfigLoader.fromMap(Map.of("device.token", "t"));

        assertThat(config.backendUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(config.center()).isEqualTo("HCC-DEMO");
        assertThat(config.httpHost()).isEqualTo("127.0.0.1");
        assertThat(config.httpPort()).isEqualTo(8090);
        assertThat(config.printer()).containsEntry("transport", "simulated").containsEntry("folder", "data/tickets");
        assertThat(config.gpioProvider()).isEqualTo(GpioProvider.SIMULATED);
        assertThat(config.buttons()).isEmpty();
        assertThat(config.timing().heartbeat()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.timing().issueTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aMissingTokenOrABadButtonIsRefusedWithTheKeyNamed() {
        assertThatThrownBy(() -> KioskConfigLoader.fromMap(Map.of())).hasMessageContaining("device.token");
        assertThatThrownBy(() -> KioskConfigLoader.fromMap(Map.of("device.token", "t", "buttons", "17")))
                .hasMessageContaining("pin:SERVICE");
        assertThatThrownBy(() -> KioskConfigLoader.fromMap(Map.of("device.token", "t", "buttons", "17:DD,27:DD")))
                .hasMessageContaining("one button");
    }
}
