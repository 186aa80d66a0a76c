package vn.motcua.queue.display.config;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import vn.motcua.queue.display.voice.Dialect;
import vn.motcua.queue.display.voice.NumberReading;
import vn.motcua.queue.display.voice.VoiceSettings;

/**
 * Reads {@link DisplayConfig} from a properties file (UTF-8) or a flat JSON object, then the
 * environment: {@code DISPLAY_} + the key upper-cased with {@code .} and {@code -} as {@code _}
 * ({@code DISPLAY_DEVICE_TOKEN} for {@code device.token}) wins over the file, so a token never has
 * to live in a file that gets copied around. Only known keys are looked up, so X11's own
 * {@code DISPLAY} variable is never mistaken for configuration.
 */
public final class DisplayConfigLoader {
    /** Every key with its default; the README table is written from this list. */
    public static final Map<String, String> DEFAULTS = defaults();

    private final Map<String, String> values;

    private DisplayConfigLoader(Map<String, String> values) {
        this.values = values;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("backend.url", "http://localhost:8080");
        d.put("center", "HCC-DEMO");
        d.put("device.token", "");
        d.put("http.host", "127.0.0.1");
        d.put("http.port", "8091");
        d.put("display.profile", "hall");
        d.put("display.counters", "");
        d.put("display.title", "");
        d.put("page.notice", "");
        d.put("page.recent-calls", "5");
        d.put("page.highlight-seconds", "8");
        d.put("page.english", "true");
        d.put("center.time-zone", "Asia/Ho_Chi_Minh");
        d.put("voice.output", "page");
        d.put("voice.dialect", "north");
        d.put("voice.reading", "digits");
        d.put("voice.repeat", "2");
        d.put("voice.chime", "true");
        d.put("voice.clips-dir", "");
        d.put("voice.mixer", "");
        d.put("voice.catch-up-seconds", "30");
        d.put("led.transport", "none");
        d.put("led.port", "/dev/ttyUSB0");
        d.put("led.baud", "9600");
        d.put("led.profile", "stx");
        d.put("led.counters", "");
        d.put("led.addresses", "");
        d.put("led.retries", "2");
        d.put("led.reply-timeout-ms", "200");
        d.put("led.blink-seconds", "10");
        d.put("stream.min-backoff-ms", "250");
        d.put("stream.max-backoff-ms", "2000");
        d.put("stream.ping-ms", "5000");
        d.put("stream.idle-timeout-ms", "15000");
        d.put("heartbeat.interval-ms", "30000");
        return java.util.Collections.unmodifiableMap(d);
    }

    /** File (may be null) first, then the environment on top. */
    public static DisplayConfig load(Path file, Map<String, String> environment) throws IOException {
        Map<String, String> merged = new HashMap<>();
        if (file != null) {
            merged.putAll(file.toString().endsWith(".json") ? readJson(file) : readProperties(file));
        }
        for (String key : DEFAULTS.keySet()) {
            String fromEnv = environment.get(envName(key));
            if (fromEnv != null) {
                merged.put(key, fromEnv);
            }
        }
        return fromMap(merged);
    }

    public static DisplayConfig fromMap(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (!DEFAULTS.containsKey(key)) {
                throw new IllegalArgumentException("unknown display config key \"" + key + "\" (see display/README.md)");
            }
        }
        return new DisplayConfigLoader(values).build();
    }

    /** {@code led.reply-timeout-ms} -> {@code DISPLAY_LED_REPLY_TIMEOUT_MS}. */
    public static String envName(String key) {
        return "DISPLAY_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, String> readProperties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> map = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    private static Map<String, String> readJson(Path file) throws IOException {
        JsonObject json = new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> map = new HashMap<>();
        json.forEach(entry -> map.put(entry.getKey(), String.valueOf(entry.getValue())));
        return map;
    }

    private DisplayConfig build() {
        String clipsDir = get("voice.clips-dir");
        return new DisplayConfig(
                URI.create(get("backend.url").replaceAll("/+$", "")),
                get("center"),
                get("device.token"),
                get("http.host"),
                integer("http.port"),
                new DisplayConfig.Screen(
                        DisplayProfile.parse(get("display.profile")),
                        CounterSelection.parse(get("display.counters")),
                        get("display.title"),
                        get("page.notice"),
                        integer("page.recent-calls"),
                        integer("page.highlight-seconds"),
                        bool("page.english"),
                        ZoneId.of(get("center.time-zone"))),
                new DisplayConfig.Voice(
                        DisplayConfig.VoiceOutput.valueOf(get("voice.output").trim().toUpperCase(Locale.ROOT)),
                        new VoiceSettings(Dialect.parse(get("voice.dialect")), NumberReading.parse(get("voice.reading")),
                                integer("voice.repeat"), bool("voice.chime")),
                        clipsDir.isBlank() ? null : Path.of(clipsDir),
                        get("voice.mixer"),
                        Duration.ofSeconds(integer("voice.catch-up-seconds"))),
                new DisplayConfig.Led(
                        DisplayConfig.LedTransport.valueOf(get("led.transport").trim().toUpperCase(Locale.ROOT)),
                        get("led.port"),
                        integer("led.baud"),
                        get("led.profile").trim().toLowerCase(Locale.ROOT),
                        CounterSelection.parse(get("led.counters")),
                        addresses(get("led.addresses")),
                        integer("led.retries"),
                        millis("led.reply-timeout-ms"),
                        Duration.ofSeconds(integer("led.blink-seconds"))),
                new DisplayConfig.Timing(
                        millis("stream.min-backoff-ms"), millis("stream.max-backoff-ms"),
                        millis("stream.ping-ms"), millis("stream.idle-timeout-ms"),
                        millis("heartbeat.interval-ms")));
    }

    /** {@code 1:11, 2:12} -> counter 1 is board address 11, counter 2 address 12. */
    static Map<Integer, Integer> addresses(String text) {
        Map<Integer, Integer> map = new HashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            List<String> parts = List.of(pair.split(":"));
            if (parts.size() != 2) {
                throw new IllegalArgumentException("led.addresses entries are COUNTER:ADDRESS, got \"" + pair.trim() + "\"");
            }
            map.put(Integer.parseInt(parts.get(0).trim()), Integer.parseInt(parts.get(1).trim()));
        }
        return map;
    }

    private String get(String key) {
        String value = values.get(key);
        return value == null ? DEFAULTS.get(key) : value.trim();
    }

    private int integer(String key) {
        try {
            return Integer.parseInt(get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got \"" + get(key) + "\"");
        }
    }

    private Duration millis(String key) {
        return Duration.ofMillis(integer(key));
    }

    private boolean bool(String key) {
        String value = get(key).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, got \"" + get(key) + "\"");
        }
        return Boolean.parseBoolean(value);
    }
}
