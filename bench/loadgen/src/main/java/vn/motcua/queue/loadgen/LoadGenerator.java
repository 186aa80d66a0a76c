package vn.motcua.queue.loadgen;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Load against a running backend: N virtual kiosks issue tickets (open loop at {@code --rate} tickets/s, or
 * closed loop as fast as they are answered with {@code --rate 0}) while M counters call, start and finish
 * them. Prints throughput and latency percentiles of issue and call-next as {@code key=value} lines.
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*' vn.motcua.queue.loadgen.LoadGenerator \
 *     --base-url http://127.0.0.1:18080 --center HCC-DEMO --kiosks 16 --counters 12 --rate 200 \
 *     --duration 60 --warmup 15 [--drain 15] [--result file.properties]
 * </pre>
 * Only requests due inside the window (after the warm-up) are counted. After the window the generator waits
 * up to {@code --drain} seconds for answers; requests still open then are counted as "unfinished" with the
 * time they had waited, which is less than their real latency.
 */
public final class LoadGenerator {

    private static final Set<String> OPTIONS = Set.of("base-url", "center", "kiosks", "counters", "rate", "duration",
            "warmup", "services", "kiosk-token", "staff-user", "staff-password", "idle-ms", "service-ms", "result",
            "label", "timeout-ms", "drain");

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args, OPTIONS);
        int timeoutMs = o.integer("timeout-ms", 60_000);
        Target target = Target.of(o.string("base-url", "http://127.0.0.1:18080"), o.string("center", "HCC-DEMO"),
                o.string("kiosk-token", "demo-kiosk-1"), o.string("staff-user", "supervisor"),
                o.string("staff-password", "demo"), timeoutMs);
        int kiosks = o.integer("kiosks", 16);
        int counters = o.integer("counters", 12);
        double rate = o.decimal("rate", 200);
        double duration = o.decimal("duration", 60);
        double warmup = o.decimal("warmup", 15);
        List<String> services = o.list("services", "DD,TP,KD,XD,LD,GT,MT,TH,TK");

        // one event loop: the generator must leave the 2 cores to the backend and the database
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        WebClient kioskClient = WebClient.create(vertx, clientOptions(kiosks));
        WebClient counterClient = WebClient.create(vertx, clientOptions(Math.max(1, counters)));
        LatencyStats issue = new LatencyStats("issue");
        LatencyStats next = new LatencyStats("next");
        LatencyStats serve = new LatencyStats("start/finish");
        Window window = Window.after(warmup, duration);

        KioskLoad kiosksLoad = new KioskLoad(vertx, kioskClient, target, services, issue, window);
        CounterLoad countersLoad = new CounterLoad(vertx, counterClient, target, next, serve, window,
                o.integer("idle-ms", 100), o.integer("service-ms", 0));
        Promise<Void> finished = Promise.promise();
        vertx.runOnContext(start -> {
            Future.all(rate > 0 ? kiosksLoad.openLoop(rate) : kiosksLoad.closedLoop(kiosks), countersLoad.run(counters))
                    .onComplete(ar -> finished.tryComplete());
            // an overloaded backend may hold thousands of due tickets: wait a while for them, then give up
            long drainMillis = (long) (o.decimal("drain", 15) * 1000);
            long untilDrained = (window.endNanos() - System.nanoTime()) / 1_000_000 + drainMillis;
            vertx.setTimer(Math.max(1, untilDrained), t -> {
                kiosksLoad.abandon();
                finished.tryComplete();
            });
        });
        finished.future().toCompletionStage().toCompletableFuture().get((long) (warmup + duration) + 600, TimeUnit.SECONDS);

        double seconds = window.seconds();
        Results results = new Results()
                .put("label", o.string("label", rate > 0 ? "open-loop" : "closed-loop"))
                .put("mode", rate > 0 ? "open" : "closed")
                .put("rate_target", rate)
                .put("kiosks", kiosks)
                .put("counters", counters)
                .put("duration_s", seconds)
                .latencies("issue", issue, seconds, "201")
                .put("issue.created_in_window_per_s", kiosksLoad.createdInWindow() / seconds)
                .latencies("next", next, seconds, "200", "204")
                .put("next.called", next.count("200"))
                .put("next.empty", next.count("204"))
                .latencies("serve", serve, seconds, "200")
                .timeline("issue", issue, window, 20)
                .timeline("next", next, window, 20);
        results.print();
        results.write(o.string("result", null));
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static WebClientOptions clientOptions(int connections) {
        return new WebClientOptions()
                .setMaxPoolSize(connections)
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout(5_000)
                .setIdleTimeout(0)
                .setMaxWaitQueueSize(-1)
                .setUserAgent("motcua-loadgen");
    }
}
