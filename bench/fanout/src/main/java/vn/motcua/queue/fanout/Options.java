package vn.motcua.queue.fanout;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What one benchmark run does, from {@code --key=value} arguments (defaults in {@link #parse}).
 *
 * @param target      {@code backend} (issue, next, start, finish on the queue API) or {@code bare} (POST /broadcast)
 * @param name        label of the run in the results
 * @param events      the WebSocket URL every subscriber opens
 * @param http        base URL of the HTTP calls
 * @param subscribers WebSocket connections kept open during the rounds
 * @param rounds      measured rounds: one called ticket (one {@code ticket.called} frame per subscriber) each
 * @param warmup      rounds run first and left out of the figures
 * @param clients     client verticles (event loops) the connections are spread over
 * @param connecting  WebSocket handshakes in flight at once while connecting
 * @param pause       idle time between rounds
 * @param timeout     how long to wait for a round's frames at every subscriber before counting the missing as lost
 * @param serverPid   process of the server, for its memory ({@code 0}: not measured)
 * @param serverOpts  how the server's JVM was started (e.g. its -Xmx), only to label the results
 * @param out         properties file the results are written to ({@code null}: stdout only)
 */
public record Options(String target, String name, URI events, URI http, int subscribers, int rounds, int warmup,
                      int clients, int connecting, Duration pause, Duration timeout, long serverPid, String serverOpts,
                      String out,
                      String center, int counter, String service, String kioskToken, String staffUser,
                      String staffPassword) {

    public static Options parse(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --key=value, got " + arg);
            }
            a.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        String target = a.getOrDefault("target", "backend");
        if (!target.equals("backend") && !target.equals("bare")) {
            throw new IllegalArgumentException("--target is backend or bare, not " + target);
        }
        String center = a.getOrDefault("center", "HCC-DEMO");
        URI http = URI.create(a.getOrDefault("http", "http://127.0.0.1:8080"));
        String defaultEvents = "ws://" + http.getHost() + ":" + http.getPort() + "/ws/centers/" + center + "/events";
        return new Options(target, a.getOrDefault("name", target), URI.create(a.getOrDefault("events", defaultEvents)),
                http, Integer.parseInt(a.getOrDefault("subscribers", "2000")),
                Integer.parseInt(a.getOrDefault("rounds", "50")), Integer.parseInt(a.getOrDefault("warmup", "30")),
                Integer.parseInt(a.getOrDefault("clients", "2")), Integer.parseInt(a.getOrDefault("connecting", "100")),
                Duration.ofMillis(Long.parseLong(a.getOrDefault("pause-ms", "200"))),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("timeout-s", "30"))),
                Long.parseLong(a.getOrDefault("server-pid", "0")), a.getOrDefault("server-opts", ""), a.get("out"),
                center,
                Integer.parseInt(a.getOrDefault("counter", "2")), a.getOrDefault("service", "DD"),
                a.getOrDefault("kiosk-token", "demo-kiosk-1"), a.getOrDefault("staff-user", "supervisor"),
                a.getOrDefault("staff-password", "demo"));
    }

    public int totalRounds() {
        return warmup + rounds;
    }
}
