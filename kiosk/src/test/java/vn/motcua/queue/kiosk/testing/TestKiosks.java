package vn.motcua.queue.kiosk.testing;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.queue.kiosk.config.KioskConfig;
import vn.motcua.queue.kiosk.config.KioskConfigLoader;

/** Kiosk configs for tests: the demo center and token, any free port, short timings so failures show fast. */
public final class TestKiosks {
    private TestKiosks() {
    }

    public static Map<String, String> base(URI backend) {
        Map<String, String> values = new HashMap<>();
        values.put("backend.url", backend.toString());
        values.put("center", "HCC-DEMO");
        values.put("device.token", "demo-kiosk-1");
        values.put("public.base-url", "https://motcua.example.vn");
        values.put("http.port", "0");
        values.put("issue.timeout-ms", "1500");
        values.put("issue.attempts", "3");
        values.put("issue.retry-delay-ms", "100");
        values.put("services.refresh-ms", "300");
        values.put("printer.check-ms", "200");
        values.put("heartbeat.interval-ms", "30000");
        values.put("recovery.min-backoff-ms", "100");
        values.put("recovery.max-backoff-ms", "800");
        return values;
    }

    public static KioskConfig config(Map<String, String> values) {
        return KioskConfigLoader.fromMap(values);
    }
}
