package vn.motcua.queue.display.testing;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.queue.display.config.DisplayConfig;
import vn.motcua.queue.display.config.DisplayConfigLoader;

/** Config for an agent under test: the given backend, a free port, fast reconnects, one-time voice. */
public final class TestDisplays {
    private TestDisplays() {
    }

    public static Map<String, String> base(URI backend) throws IOException {
        Map<String, String> values = new HashMap<>();
        values.put("backend.url", backend.toString());
        values.put("device.token", "demo-display-1");
        values.put("http.port", String.valueOf(BackendProcess.freePort()));
        values.put("voice.repeat", "1");
        values.put("stream.min-backoff-ms", "100");
        values.put("stream.max-backoff-ms", "1000");
        return values;
    }

    public static DisplayConfig config(Map<String, String> values) {
        return DisplayConfigLoader.fromMap(values);
    }
}
