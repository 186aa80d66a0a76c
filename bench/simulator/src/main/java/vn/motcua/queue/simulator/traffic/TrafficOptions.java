package vn.motcua.queue.simulator.traffic;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

/**
 * Options of the traffic command.
 *
 * @param speed    simulated seconds per real second (10: a 9.5-hour day in 57 minutes)
 * @param limit    stop after this much simulated time (the CLI's {@code --minutes} x speed); null = until stopped
 * @param start    time of day on the scenario's arrival curve to start at; null = the scenario's opening
 */
public record TrafficOptions(URI baseUrl, String center, double speed, String kioskToken, String user,
                             String password, Path scenario, Duration limit, LocalTime start, long seed) {

    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";
    public static final String DEFAULT_CENTER = "HCC-DEMO";
    public static final String DEFAULT_KIOSK_TOKEN = "demo-kiosk-1";
    public static final String DEFAULT_USER = "supervisor";
    public static final String DEFAULT_PASSWORD = "demo";
    public static final String DEFAULT_SCENARIO = "bench/scenarios/busy-provincial.yaml";

    public TrafficOptions {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("--speed must be a positive number, got " + speed);
        }
    }

    /** Parses the traffic command's options (everything after "traffic"). */
    public static TrafficOptions parse(String[] args, Path root) {
        URI baseUrl = URI.create(DEFAULT_BASE_URL);
        String center = DEFAULT_CENTER;
        double speed = 10;
        String token = DEFAULT_KIOSK_TOKEN;
        String user = DEFAULT_USER;
        String password = DEFAULT_PASSWORD;
        Path scenario = root.resolve(DEFAULT_SCENARIO);
        Double minutes = null;
        LocalTime start = null;
        long seed = System.nanoTime();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                scenario = Path.of(a);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--base-url" -> baseUrl = URI.create(v);
                case "--center" -> center = v;
                case "--speed" -> speed = Double.parseDouble(v);
                case "--kiosk-token" -> token = v;
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--scenario" -> scenario = Path.of(v);
                case "--minutes" -> minutes = Double.parseDouble(v);
                case "--start" -> start = LocalTime.parse(v);
                case "--seed" -> seed = Long.parseLong(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        Duration limit = minutes == null ? null : Duration.ofMillis(Math.round(minutes * 60_000 * speed));
        return new TrafficOptions(baseUrl, center, speed, token, user, password, scenario, limit, start, seed);
    }
}
