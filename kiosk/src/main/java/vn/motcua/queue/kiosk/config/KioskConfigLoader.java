package vn.motcua.queue.kiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.motcua.queue.hardware.gpio.GpioProvider;

/**
 * Reads {@link KioskConfig} from a properties file (UTF-8) and the environment. An environment
 * variable {@code KIOSK_} + the key upper-cased with {@code .} and {@code -} as {@code _} wins over
 * the file ({@code KIOSK_DEVICE_TOKEN} for {@code device.token}), so a token never has to be
 * written into a file that gets copied around.
 */
public final class KioskConfigLoader {
    private final Map<String, String> values;

    private KioskConfigLoader(Map<String, String> values) {
        this.values = values;
    }

    /** File (may be null) first, then the environment on top. */
    public static KioskConfig load(Path file, Map<String, String> environment) throws IOException {
        Map<String, String> merged = new HashMap<>();
        if (file != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> merged.put(key, properties.getProperty(key)));
        }
        for (String key : knownKeys(merged)) {
            String fromEnv = environment.get(envName(key));
            if (fromEnv != null) {
                merged.put(key, fromEnv);
            }
        }
        return fromMap(merged);
    }

    public static KioskConfig fromMap(Map<String, String> values) {
        return new KioskConfigLoader(values).build();
    }

    /** {@code printer.flow-control} -> {@code KIOSK_PRINTER_FLOW_CONTROL}. */
    public static String envName(String key) {
        return "KIOSK_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static List<String> knownKeys(Map<String, String> fromFile) {
        List<String> keys = new ArrayList<>(KEYS);
        PRINTER_KEYS.forEach(k -> keys.add("printer." + k));
        keys.addAll(fromFile.keySet());
        return keys;
    }

    private static final List<String> KEYS = List.of(
            "backend.url", "center", "device.token", "public.base-url", "http.host", "http.port", "language",
            "ui.priority-step", "ui.help-location", "ticket.footer",
            "gpio.provider", "buttons", "buttons.lockout-ms", "buttons.http-port", "buttons.stdin",
            "leds.ready", "leds.busy", "leds.error", "leds.buzzer", "leds.active-high",
            "issue.timeout-ms", "issue.attempts", "issue.retry-delay-ms", "services.refresh-ms",
            "printer.check-ms", "heartbeat.interval-ms", "recovery.min-backoff-ms", "recovery.max-backoff-ms",
            "ui.result-seconds", "ui.idle-seconds");

    /** Keys of hardware's PrinterConfig.fromMap, so each can also come from the environment. */
    private static final List<String> PRINTER_KEYS = List.of("transport", "port", "baud", "parity", "stop-bits",
            "flow-control", "write-timeout-ms", "device", "folder", "profile", "code-page", "paper",
            "status-timeout-ms", "check-status");

    private KioskConfig build() {
        Map<String, String> printer = new HashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith("printer.") && !key.equals("printer.check-ms")) {
                printer.put(key.substring("printer.".length()), value);
            }
        });
        printer.putIfAbsent("transport", "simulated");
        printer.putIfAbsent("folder", "data/tickets");
        String publicBase = get("public.base-url", "");
        return new KioskConfig(
                URI.create(get("backend.url", "http://localhost:8080")),
                get("center", "HCC-DEMO"),
                get("device.token", ""),
                publicBase.isBlank() ? null : URI.create(publicBase),
                get("http.host", "127.0.0.1"),
                integer("http.port", 8090),
                get("language", "vi"),
                bool("ui.priority-step", true),
                get("ui.help-location", "Quầy hướng dẫn"),
                get("ticket.footer", "Xin cảm ơn quý khách!"),
                printer,
                GpioProvider.parse(get("gpio.provider", "simulated")),
                buttons(get("buttons", "")),
                millis("buttons.lockout-ms", 3000),
                integer("buttons.http-port", 0),
                bool("buttons.stdin", false),
                new KioskConfig.LedPins(optionalInt("leds.ready", 5), optionalInt("leds.busy", 6),
                        optionalInt("leds.error", 13), optionalInt("leds.buzzer", null), bool("leds.active-high", true)),
                new KioskConfig.Timing(
                        millis("issue.timeout-ms", 5000), integer("issue.attempts", 4), millis("issue.retry-delay-ms", 500),
                        millis("services.refresh-ms", 5000), millis("printer.check-ms", 10000),
                        millis("heartbeat.interval-ms", 30000),
                        millis("recovery.min-backoff-ms", 1000), millis("recovery.max-backoff-ms", 30000),
                        Duration.ofSeconds(integer("ui.result-seconds", 12)),
                        Duration.ofSeconds(integer("ui.idle-seconds", 60))));
    }

    /** {@code 17:DD, 27:TP} -> pin 17 issues DD, pin 27 issues TP. */
    static List<KioskConfig.ButtonBinding> buttons(String text) {
        List<KioskConfig.ButtonBinding> bindings = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pinAndService = part.trim().split(":");
            if (pinAndService.length != 2) {
                throw new IllegalArgumentException("buttons: expected pin:SERVICE, got '" + part.trim() + "'");
            }
            bindings.add(new KioskConfig.ButtonBinding(Integer.parseInt(pinAndService[0].trim()),
                    pinAndService[1].trim().toUpperCase(Locale.ROOT)));
        }
        return bindings;
    }

    private String get(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private int integer(String key, int fallback) {
        return Integer.parseInt(get(key, Integer.toString(fallback)));
    }

    private Integer optionalInt(String key, Integer fallback) {
        String value = values.get(key);
        if (value == null) {
            return fallback;
        }
        return value.isBlank() || value.trim().equalsIgnoreCase("none") ? null : Integer.valueOf(value.trim());
    }

    private boolean bool(String key, boolean fallback) {
        return Boolean.parseBoolean(get(key, Boolean.toString(fallback)));
    }

    private Duration millis(String key, long fallback) {
        return Duration.ofMillis(Long.parseLong(get(key, Long.toString(fallback))));
    }
}
