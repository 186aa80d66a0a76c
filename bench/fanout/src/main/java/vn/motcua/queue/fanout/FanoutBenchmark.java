package vn.motcua.queue.fanout;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Fan-out of one center's event stream: opens {@code subscribers} WebSocket connections, waits for every
 * snapshot, then runs rounds that each call one ticket and note when its {@code ticket.called} frame reaches
 * every subscriber, relative to the call's HTTP response (and to its request). Between rounds the ticket is
 * started and finished, and a round begins only when the previous frames have reached everyone, so each round
 * measures one event's fan-out on an otherwise quiet server. Writes {@link RunResults} to {@code --out}.
 *
 * <pre>java -cp ... vn.motcua.queue.fanout.FanoutBenchmark --target=backend --http=http://127.0.0.1:18590
 *      [--subscribers=2000] [--rounds=50] [--warmup=5] [--clients=2] [--server-pid=PID] [--out=FILE]</pre>
 */
public final class FanoutBenchmark {

    private FanoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        RunResults results = new RunResults(o);
        results.loadBefore(loadAverage());
        results.memoryIdle(ServerMemory.of(o.serverPid()));

        Arrivals arrivals = new Arrivals(o.subscribers(), o.totalRounds());
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(o.clients()).setWorkerPoolSize(2)
                .setBlockedThreadCheckInterval(10).setBlockedThreadCheckIntervalUnit(TimeUnit.SECONDS));
        SubscriberPool pool = new SubscriberPool(vertx, o, arrivals);
        long connectStart = System.nanoTime();
        log(o, "connecting " + o.subscribers() + " subscribers to " + o.events());
        pool.open().toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
        boolean allSnapshots = arrivals.awaitSnapshots(Duration.ofSeconds(120));
        results.connected(pool.connected(), pool.failed(), arrivals.snapshotsMissing(),
                System.nanoTime() - connectStart);
        log(o, pool.connected() + " connected, " + pool.failed() + " failed, snapshots "
                + (allSnapshots ? "all in" : arrivals.snapshotsMissing() + " missing") + " after "
                + Duration.ofNanos(System.nanoTime() - connectStart).toMillis() + " ms");
        results.memoryConnected(ServerMemory.of(o.serverPid()));

        Map<String, Long> serverCpu = Map.of();
        Map<String, Long> clientCpu = Map.of();
        long framesBefore = 0;
        try (Target target = o.target().equals("bare") ? new BareTarget(o) : new QueueTarget(o)) {
            for (int r = 0; r < o.totalRounds(); r++) {
                if (r == o.warmup()) {
                    serverCpu = ThreadCpu.sample(o.serverPid());
                    clientCpu = ThreadCpu.sample(ProcessHandle.current().pid());
                    framesBefore = arrivals.frames();
                }
                String ticket = target.prepare();
                if (!arrivals.awaitQuiet(Arrivals.Quiet.ISSUED, r, o.timeout())) {
                    results.quietTimeout();
                }
                long othersBefore = arrivals.otherFrames();
                arrivals.expect(r, ticket);
                HttpCall.Response call = target.call(ticket);
                boolean all = arrivals.awaitCalled(r, o.timeout());
                results.round(r, call, arrivals, arrivals.otherFrames() > othersBefore);
                if (!all) {
                    log(o, "round " + r + ": not every subscriber got the frame within " + o.timeout());
                }
                target.release(ticket);
                if (!arrivals.awaitQuiet(Arrivals.Quiet.FINISHED, r, o.timeout())) {
                    results.quietTimeout();
                }
                if ((r + 1) % 10 == 0) {
                    log(o, (r + 1) + "/" + o.totalRounds() + " rounds");
                }
                Thread.sleep(o.pause().toMillis()); // pacing between rounds, not a wait for a condition
            }
        }
        long measuredFrames = arrivals.frames() - framesBefore;
        double serverMs = results.cpu("serverCpuMsPerRound",
                ThreadCpu.perRound(serverCpu, ThreadCpu.sample(o.serverPid()), o.rounds()));
        results.frames(measuredFrames, serverMs);
        results.cpu("clientCpuMsPerRound", ThreadCpu.perRound(clientCpu,
                ThreadCpu.sample(ProcessHandle.current().pid()), o.rounds()));
        results.memoryAfter(ServerMemory.of(o.serverPid()));
        results.streamChecks(arrivals, pool.closed());
        results.loadAfter(loadAverage());
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);

        System.err.print(results.slowestRounds(5).replaceAll("(?m)^", "[fanout " + o.name() + "] "));
        String text = results.toProperties();
        if (o.out() != null) {
            Files.writeString(Path.of(o.out()), text);
        } else {
            System.out.print(text);
        }
        System.exit(0);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void log(Options o, String line) {
        System.err.println("[fanout " + o.name() + "] " + line);
    }
}
