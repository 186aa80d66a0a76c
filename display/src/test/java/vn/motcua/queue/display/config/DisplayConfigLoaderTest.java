package vn.motcua.queue.display.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.queue.display.voice.Dialect;
import vn.motcua.queue.display.voice.NumberReading;

class DisplayConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsDescribeAWholeHallDisplayWithPageAudioAndNoBoards() {
        DisplayConfig config = DisplayConfigLoader.fromMap(Map.of());
        assertThat(config.backendUrl().toString()).isEqualTo("http://localhost:8080");
        assertThat(config.httpPort()).isEqualTo(8091);
        assertThat(config.screen().profile()).isEqualTo(DisplayProfile.HALL);
        assertThat(config.screen().counters().isAll()).isTrue();
        assertThat(config.voice().output()).isEqualTo(DisplayConfig.VoiceOutput.PAGE);
        assertThat(config.voice().settings().dialect()).isEqualTo(Dialect.NORTH);
        assertThat(config.voice().settings().reading()).isEqualTo(NumberReading.DIGITS);
        assertThat(config.led().transport()).isEqualTo(DisplayConfig.LedTransport.NONE);
        assertThat(config.timing().maxBackoff()).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void propertiesFileThenEnvironmentWins() throws Exception {
        Path file = dir.resolve("display.properties");
        Files.writeString(file, """
                display.profile=zone
                display.counters=1-4, 7
                page.notice=Chào mừng quý khách
                voice.dialect=south
                led.transport=simulated
                led.addresses=1:11,2:12
                device.token=from-file
                """, StandardCharsets.UTF_8);
        DisplayConfig config = DisplayConfigLoader.load(file, Map.of("DISPLAY_DEVICE_TOKEN", "from-env",
                "DISPLAY", ":0", "DISPLAY_VOICE_READING", "whole"));
        assertThat(config.deviceToken()).isEqualTo("from-env");
        assertThat(config.screen().profile()).isEqualTo(DisplayProfile.ZONE);
        assertThat(config.screen().counters().numbers()).containsExactlyInAnyOrder(1, 2, 3, 4, 7);
        assertThat(config.screen().notice()).isEqualTo("Chào mừng quý khách");
        assertThat(config.voice().settings().dialect()).isEqualTo(Dialect.SOUTH);
        assertThat(config.voice().settings().reading()).isEqualTo(NumberReading.WHOLE);
        assertThat(config.led().addresses()).containsEntry(1, 11).containsEntry(2, 12);
    }

    @Test
    void jsonFilesWorkToo() throws Exception {
        Path file = dir.resolve("display.json");
        Files.writeString(file, "{\"http.port\": 9000, \"voice.repeat\": 3, \"voice.output\": \"both\"}");
        DisplayConfig config = DisplayConfigLoader.load(file, Map.of());
        assertThat(config.httpPort()).isEqualTo(9000);
        assertThat(config.voice().settings().repeat()).isEqualTo(3);
        assertThat(config.voice().output().speaker()).isTrue();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> DisplayConfigLoader.fromMap(Map.of("voice.dialet", "south"))).hasMessageContaining("voice.dialet");
        assertThatThrownBy(() -> DisplayConfigLoader.fromMap(Map.of("http.port", "eighty"))).hasMessageContaining("http.port");
        assertThatThrownBy(() -> DisplayConfigLoader.fromMap(Map.of("display.counters", "5-2"))).hasMessageContaining("5-2");
        assertThatThrownBy(() -> DisplayConfigLoader.fromMap(Map.of("led.addresses", "1=11"))).hasMessageContaining("COUNTER:ADDRESS");
    }
}
