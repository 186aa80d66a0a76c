package vn.motcua.queue.fanout;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Prints the Markdown table of a fan-out run: the backend's results next to the bare server's (the ceiling)
 * and the ratio of the two.
 *
 * <pre>java -cp ... vn.motcua.queue.fanout.FanoutTable backend.properties bare.properties</pre>
 */
public final class FanoutTable {

    private static final double TARGET_P99_MS = 100;

    private final Properties a;
    private final Properties b;
    private final List<String> lines = new ArrayList<>();

    private FanoutTable(Properties a, Properties b) {
        this.a = a;
        this.b = b;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FanoutTable BACKEND.properties CEILING.properties");
        }
        System.out.print(new FanoutTable(load(args[0]), load(args[1])).render());
    }

    String render() {
        lines.add("| | " + a.getProperty("name") + " | " + b.getProperty("name") + " | ratio |");
        lines.add("|---|---:|---:|---:|");
        text("subscribers connected (failed)",
                p -> p.getProperty("connected") + " (" + p.getProperty("connectFailed") + ")");
        text("connect + snapshots, s", p -> p.getProperty("connectSeconds"));
        text("ticket.called frame, bytes", p -> p.getProperty("calledFrameBytes"));
        text("samples (measured rounds x subscribers)", p -> p.getProperty("samples"));
        for (String q : List.of("p50", "p99", "max")) {
            ratio("**frame after the call's response, " + q + ", ms**", "afterResponse." + q);
        }
        text("measured rounds that overlapped another event's fan-out (stats.changed)",
                p -> p.getProperty("overlappedRounds"));
        for (String q : List.of("p99", "max")) {
            ratio("frame after the call's response, rounds without overlap, " + q + ", ms", "afterResponseAlone." + q);
        }
        for (String q : List.of("p50", "p99", "max")) {
            ratio("frame after the call's request, " + q + ", ms", "afterRequest." + q);
        }
        text("frames before the response (counted as 0)", p -> p.getProperty("early"));
        ratio("fan-out spread (first to last subscriber) per round, p50, ms", "spread.p50");
        ratio("fan-out spread per round, max, ms", "spread.max");
        ratio("the call's own HTTP time, p50, ms", "call.p50");
        text("frames lost / seq gaps / resyncs", p -> p.getProperty("lost") + " / " + p.getProperty("seqGaps")
                + " / " + p.getProperty("resyncs"));
        ratio("server CPU per measured round (whole round: issue, call, start, finish), ms",
                "serverCpuMsPerRound.total");
        text("... by thread group, ms", p -> p.getProperty("serverCpuMsPerRound", "").replace(", ", "<br>"));
        text("frames per subscriber per measured round", p -> String.format(Locale.ROOT, "%.2f",
                num(p, "framesPerRound") / Math.max(1, num(p, "subscribers"))));
        ratio("server CPU per 1,000 frames delivered, ms", "serverCpuMsPer1000Frames");
        ratio("client CPU per measured round, ms", "clientCpuMsPerRound.total");
        text("server JVM options", p -> p.getProperty("serverOpts"));
        for (String when : List.of("idle", "connected", "after")) {
            text("server RSS / heap used / heap live (" + label(when) + "), MB", p -> mb(p, "rssKb." + when)
                    + " / " + mb(p, "heapUsedKb." + when) + " / " + mb(p, "heapLiveKb." + when));
        }
        text("server threads (idle / connected)", p -> p.getProperty("threads.idle") + " / "
                + p.getProperty("threads.connected"));
        text("load average before / after (1, 5, 15 min)", p -> p.getProperty("loadBefore") + " / "
                + p.getProperty("loadAfter"));
        text("target: p99 < 100 ms", p -> num(p, "afterResponse.p99") < TARGET_P99_MS ? "met" : "**not met**");
        return String.join("\n", lines) + "\n";
    }

    private void text(String label, java.util.function.Function<Properties, String> value) {
        lines.add("| " + label + " | " + value.apply(a) + " | " + value.apply(b) + " | |");
    }

    private void ratio(String label, String key) {
        double x = num(a, key);
        double y = num(b, key);
        String r = y > 0 ? String.format(Locale.ROOT, "%.1fx", x / y) : "-";
        lines.add("| " + label + " | " + a.getProperty(key) + " | " + b.getProperty(key) + " | " + r + " |");
    }

    private static String label(String when) {
        return switch (when) {
            case "idle" -> "before connecting";
            case "connected" -> "subscribers connected";
            default -> "after the rounds";
        };
    }

    private static String mb(Properties p, String key) {
        long kb = Long.parseLong(p.getProperty(key, "-1"));
        return kb < 0 ? "?" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }

    private static double num(Properties p, String key) {
        return Double.parseDouble(p.getProperty(key, "0"));
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(Path.of(file))));
        return p;
    }
}
