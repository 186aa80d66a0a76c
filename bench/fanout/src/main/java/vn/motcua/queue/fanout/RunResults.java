package vn.motcua.queue.fanout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one run, written as {@code key=value} lines that {@link FanoutTable} reads. Latencies are
 * over every (measured round, subscriber) pair, in milliseconds.
 */
final class RunResults {

    private final Options o;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final long[] fromResponse;
    private final long[] fromRequest;
    private final long[] spread;
    private final long[] callTime;
    private final long[] worst;
    private final int[] roundNo;
    private final boolean[] overlapped;
    private final int[] firstSample;
    private int samples;
    private int rounds;
    private long lost;
    private long early;
    private int quietTimeouts;

    RunResults(Options o) {
        this.o = o;
        this.fromResponse = new long[o.rounds() * o.subscribers()];
        this.fromRequest = new long[o.rounds() * o.subscribers()];
        this.spread = new long[o.rounds()];
        this.callTime = new long[o.rounds()];
        this.worst = new long[o.rounds()];
        this.roundNo = new int[o.rounds()];
        this.overlapped = new boolean[o.rounds()];
        this.firstSample = new int[o.rounds() + 1];
        put("name", o.name());
        put("target", o.target());
        put("events", o.events().toString());
        put("subscribers", o.subscribers());
        put("rounds", o.rounds());
        put("warmup", o.warmup());
        put("clients", o.clients());
        put("serverOpts", o.serverOpts());
    }

    void loadBefore(String load) {
        put("loadBefore", load);
    }

    void loadAfter(String load) {
        put("loadAfter", load);
    }

    void memoryIdle(ServerMemory m) {
        memory("idle", m);
    }

    void memoryConnected(ServerMemory m) {
        memory("connected", m);
    }

    void memoryAfter(ServerMemory m) {
        memory("after", m);
    }

    void connected(int connected, int failed, long snapshotsMissing, long nanos) {
        put("connected", connected);
        put("connectFailed", failed);
        put("snapshotsMissing", snapshotsMissing);
        put("connectSeconds", String.format(Locale.ROOT, "%.1f", nanos / 1e9));
    }

    /** CPU milliseconds per measured round by thread group, e.g. {@code vert.x-eventloop-thread:42.0}. */
    double cpu(String key, Map<String, Double> perGroup) {
        double total = perGroup.values().stream().mapToDouble(Double::doubleValue).sum();
        put(key + ".total", String.format(Locale.ROOT, "%.1f", total));
        put(key, perGroup.entrySet().stream()
                .map(e -> e.getKey() + ":" + String.format(Locale.ROOT, "%.1f", e.getValue()))
                .collect(java.util.stream.Collectors.joining(", ")));
        return total;
    }

    void quietTimeout() {
        quietTimeouts++;
    }

    /**
     * Takes round r's arrivals; warm-up rounds are left out. {@code overlapped}: another event's frames (the
     * backend's stats.changed) arrived while the round's frame was on its way.
     */
    void round(int r, HttpCall.Response call, Arrivals arrivals, boolean overlapped) {
        if (r < o.warmup()) {
            return;
        }
        this.overlapped[rounds] = overlapped;
        firstSample[rounds] = samples;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long slowest = 0;
        for (int s = 0; s < arrivals.subscribers(); s++) {
            long at = arrivals.calledAt(r, s);
            if (at == 0) {
                lost++;
                continue;
            }
            long afterResponse = at - call.receivedNanos();
            if (afterResponse < 0) {
                early++;
                afterResponse = 0;
            }
            fromResponse[samples] = afterResponse;
            slowest = Math.max(slowest, afterResponse);
            fromRequest[samples] = at - call.sentNanos();
            samples++;
            first = Math.min(first, at);
            last = Math.max(last, at);
        }
        spread[rounds] = last >= first ? last - first : 0;
        callTime[rounds] = call.receivedNanos() - call.sentNanos();
        worst[rounds] = slowest;
        roundNo[rounds] = r;
        rounds++;
        firstSample[rounds] = samples;
    }

    void streamChecks(Arrivals arrivals, int closedConnections) {
        put("samples", samples);
        put("lost", lost);
        put("early", early);
        put("seqGaps", arrivals.seqGaps());
        put("resyncs", arrivals.resyncs());
        put("unexpectedCalls", arrivals.unexpectedCalls());
        put("quietTimeouts", quietTimeouts);
        put("closedConnections", closedConnections);
        put("framesReceived", arrivals.frames());
        put("calledFrameBytes", arrivals.calledFrameBytes());
        latency("afterResponse", java.util.Arrays.copyOf(fromResponse, samples));
        latency("afterRequest", java.util.Arrays.copyOf(fromRequest, samples));
        long[] alone = new long[samples];
        int n = 0;
        int overlaps = 0;
        for (int i = 0; i < rounds; i++) {
            if (overlapped[i]) {
                overlaps++;
            } else {
                int len = firstSample[i + 1] - firstSample[i];
                System.arraycopy(fromResponse, firstSample[i], alone, n, len);
                n += len;
            }
        }
        put("overlappedRounds", overlaps);
        latency("afterResponseAlone", java.util.Arrays.copyOf(alone, n));
        latency("spread", java.util.Arrays.copyOf(spread, rounds));
        latency("call", java.util.Arrays.copyOf(callTime, rounds));
    }

    /** The measured rounds with the slowest last frame, one line each, for the log. */
    String slowestRounds(int n) {
        StringBuilder sb = new StringBuilder();
        java.util.stream.IntStream.range(0, rounds).boxed()
                .sorted((x, y) -> Long.compare(worst[y], worst[x])).limit(n)
                .forEach(i -> sb.append(String.format(Locale.ROOT,
                        "round %d: call %s ms, last frame %s ms after the response, spread %s ms%s%n",
                        roundNo[i], ms(callTime[i]), ms(worst[i]), ms(spread[i]),
                        overlapped[i] ? ", overlapped another event's fan-out" : "")));
        return sb.toString();
    }

    /** Frames the client got during the measured rounds, and the server CPU they cost. */
    void frames(long measuredFrames, double serverCpuMsPerRound) {
        put("framesPerRound", measuredFrames / Math.max(1, rounds));
        put("serverCpuMsPer1000Frames", String.format(Locale.ROOT, "%.2f",
                serverCpuMsPerRound * rounds / Math.max(1, measuredFrames) * 1000));
    }

    String toProperties() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    private void latency(String key, long[] nanos) {
        Percentiles p = new Percentiles(nanos);
        put(key + ".p50", ms(p.at(50)));
        put(key + ".p99", ms(p.at(99)));
        put(key + ".max", ms(p.max()));
    }

    private void memory(String when, ServerMemory m) {
        put("rssKb." + when, m.rssKb());
        put("heapUsedKb." + when, m.heapUsedKb());
        put("heapTotalKb." + when, m.heapTotalKb());
        put("heapLiveKb." + when, m.heapLiveKb());
        put("threads." + when, m.threads());
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private void put(String key, Object value) {
        values.put(key, String.valueOf(value));
    }
}
