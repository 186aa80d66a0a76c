package vn.motcua.queue.simulator.traffic;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.simulator.citizens.ServiceTimeSampler;
import vn.motcua.queue.simulator.scenario.RateSegment;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ServiceSpec;

/**
 * Demo traffic against a running backend, through its HTTP API only: simulated citizens take tickets at the
 * scenario's arrival rates and simulated clerks call, serve (lognormal times) and finish them, or mark the
 * no-shows, at real time x speed. One thread; each step waits for its moment on the real clock.
 *
 * <p>Backend services are matched to the scenario's by code or ticket prefix; a service the scenario lacks
 * borrows the arrival curve of a scenario service (in turn) at {@link #UNMATCHED_RATE_SCALE} of its rate.
 * When the simulated day reaches the scenario's closing time it starts again at opening, so the demo never
 * goes quiet. Refused calls (409, 5xx, network) are logged and the clerk tries again later.
 */
public final class LiveTraffic {

    /** Share of the borrowed rate for a backend service that the scenario does not have. */
    public static final double UNMATCHED_RATE_SCALE = 0.25;

    /** An idle clerk asks again after this much simulated time (at most {@link #MAX_POLL_REAL} real). */
    static final Duration POLL = Duration.ofSeconds(20);
    static final Duration MAX_POLL_REAL = Duration.ofSeconds(2);

    private static final Priority[] PRIORITIES = {Priority.ELDERLY, Priority.DISABLED, Priority.PREGNANT,
            Priority.CHILD, Priority.MERIT};

    /** What happened, counted. */
    public record Stats(int issued, int called, int finished, int noShows, int empty, int refused) {
    }

    private enum Kind { ARRIVAL, CALL, FINISH, NO_SHOW }

    private record Step(Duration at, long seq, Kind kind, String service, Clerk clerk) {
    }

    private static final class Clerk {
        final int counter;
        final List<String> services;
        String ticketId;
        String ticketNumber;
        Duration nextCall;

        Clerk(int counter, List<String> services) {
            this.counter = counter;
            this.services = services;
        }
    }

    private final TrafficOptions options;
    private final Scenario scenario;
    private final BackendClient backend;
    private final PrintStream out;
    private final Random rng;
    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            Comparator.comparing(Step::at).thenComparingLong(Step::seq));
    private final Map<String, ServiceSpec> specs = new LinkedHashMap<>();
    private final Map<String, Double> rateScale = new HashMap<>();
    private final List<Clerk> clerks = new ArrayList<>();
    private final Object clock = new Object();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean running = true;
    private long seq;
    private long realStartNanos;
    private final Duration dayOffset;
    private int issued;
    private int called;
    private int finished;
    private int noShows;
    private int empty;
    private int refused;

    public LiveTraffic(TrafficOptions options, Scenario scenario, PrintStream out) {
        this.options = options;
        this.scenario = scenario;
        this.out = out;
        this.rng = new Random(options.seed());
        LocalTime start = options.start() == null ? scenario.open() : options.start();
        Duration offset = Duration.between(scenario.open(), start);
        this.dayOffset = offset.isNegative() || !start.isBefore(scenario.close()) ? Duration.ZERO : offset;
        this.backend = new BackendClient(options.baseUrl(), options.center(), options.kioskToken(), options.user(),
                options.password());
    }

    /** Runs until the limit or {@link #stop()}; returns what it did. */
    public Stats run() throws IOException {
        try {
            setUp();
            realStartNanos = System.nanoTime();
            loop();
            return stats();
        } finally {
            finishInProgress();
            log("stopped: " + stats());
            done.countDown();
        }
    }

    /** Stops the run (from another thread, e.g. on Ctrl-C) and waits up to {@code wait} for it to end. */
    public void stop(Duration wait) {
        running = false;
        synchronized (clock) {
            clock.notifyAll();
        }
        try {
            done.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized Stats stats() {
        return new Stats(issued, called, finished, noShows, empty, refused);
    }

    private void setUp() throws IOException {
        List<ServiceSpec> unusedScenario = new ArrayList<>(scenario.services());
        List<String> unmatched = new ArrayList<>();
        for (Map<String, Object> s : backend.services()) {
            String code = Objects.toString(s.get("code"));
            if (Boolean.FALSE.equals(s.get("open"))) {
                log("service " + code + " is closed now: no tickets for it");
                continue;
            }
            ServiceSpec spec = scenario.service(code)
                    .or(() -> scenario.service(Objects.toString(s.get("prefix"), "")))
                    .orElse(null);
            if (spec == null) {
                unmatched.add(code);
            } else {
                specs.put(code, spec);
                rateScale.put(code, 1.0);
                unusedScenario.remove(spec);
            }
        }
        List<ServiceSpec> donors = unusedScenario.isEmpty() ? scenario.services() : unusedScenario;
        for (int i = 0; i < unmatched.size(); i++) {
            ServiceSpec donor = donors.get(i % donors.size());
            specs.put(unmatched.get(i), donor);
            rateScale.put(unmatched.get(i), unusedScenario.contains(donor) ? 1.0 : UNMATCHED_RATE_SCALE);
        }
        specs.forEach((code, spec) -> log("service " + code + ": arrivals and service times of scenario service "
                + spec.code() + " x " + rateScale.get(code)));
        for (Map<String, Object> c : backend.counters()) {
            int number = ((Number) c.get("number")).intValue();
            List<String> services = new ArrayList<>();
            if (c.get("services") instanceof Collection<?> list) {
                list.forEach(x -> services.add(String.valueOf(x)));
            }
            if (services.isEmpty()) {
                continue;
            }
            if (!"OPEN".equals(c.get("status"))) {
                BackendClient.Reply r = backend.openCounter(number);
                if (!r.ok()) {
                    refusedCall("open counter " + number, r);
                    continue;
                }
                log("counter " + number + " opened");
            }
            Clerk clerk = new Clerk(number, services);
            clerks.add(clerk);
            if (c.get("currentTicket") instanceof Map<?, ?> current && current.get("id") != null) {
                clerk.ticketId = current.get("id").toString();
                clerk.ticketNumber = Objects.toString(current.get("number"), clerk.ticketId);
                if ("CALLED".equals(current.get("status"))) {
                    backend.ticket(clerk.ticketId, "start");
                }
                schedule(Duration.ZERO, Kind.FINISH, null, clerk);
            } else {
                scheduleCall(clerk, Duration.ZERO);
            }
        }
        log(clerks.size() + " counters, " + specs.size() + " services, speed x" + options.speed());
        for (String service : specs.keySet()) {
            scheduleArrival(service, Duration.ZERO);
        }
    }

    private void loop() {
        while (running && !steps.isEmpty()) {
            Step step = steps.peek();
            if (options.limit() != null && step.at().compareTo(options.limit()) > 0) {
                return;
            }
            if (!waitUntil(step.at())) {
                return;
            }
            steps.poll();
            try {
                switch (step.kind()) {
                    case ARRIVAL -> arrive(step);
                    case CALL -> call(step);
                    case FINISH -> close(step.clerk(), "finish", step.at());
                    case NO_SHOW -> close(step.clerk(), "no-show", step.at());
                }
            } catch (IOException e) {
                synchronized (this) {
                    refused++;
                }
                log(step.kind() + " failed: " + e.getMessage());
                if (step.clerk() != null && step.kind() != Kind.CALL) {
                    schedule(step.at().plus(poll()), step.kind(), null, step.clerk()); // try that action again
                } else if (step.clerk() != null) {
                    scheduleCall(step.clerk(), step.at().plus(poll()));
                }
            }
        }
    }

    private void arrive(Step step) throws IOException {
        String service = step.service();
        ServiceSpec spec = specs.get(service);
        scheduleArrival(service, step.at());
        Priority priority = rng.nextDouble() < spec.priorityShare() ? PRIORITIES[rng.nextInt(PRIORITIES.length)]
                : Priority.NONE;
        String key = UUID.randomUUID().toString();
        BackendClient.Reply r;
        try {
            r = backend.issue(service, priority.name(), key);
        } catch (IOException e) {
            log("issue failed (" + e.getMessage() + "), retrying with the same Idempotency-Key");
            r = backend.issue(service, priority.name(), key);
        }
        if (r.status() >= 500) {
            r = backend.issue(service, priority.name(), key); // same key: never two tickets for one citizen
        }
        if (!r.ok()) {
            refusedCall("issue " + service, r);
            return;
        }
        Map<String, Object> ticket = JsonReader.object(r.body());
        synchronized (this) {
            issued++;
        }
        log("issued " + ticket.get("number") + " (" + service + (priority.isPriority() ? ", " + priority : "") + ")");
        for (Clerk c : clerks) {
            if (c.ticketId == null && c.services.contains(service) && c.nextCall.compareTo(step.at()) > 0) {
                scheduleCall(c, step.at());
            }
        }
    }

    private void call(Step step) throws IOException {
        Clerk clerk = step.clerk();
        if (clerk.ticketId != null || !step.at().equals(clerk.nextCall)) {
            return; // a newer call step replaced this one, or the clerk is busy
        }
        BackendClient.Reply r = backend.next(clerk.counter);
        if (r.status() == 204) {
            synchronized (this) {
                empty++;
            }
            scheduleCall(clerk, step.at().plus(poll()));
            return;
        }
        if (!r.ok()) {
            refusedCall("call next at counter " + clerk.counter, r);
            scheduleCall(clerk, step.at().plus(poll()));
            return;
        }
        Map<String, Object> ticket = JsonReader.object(r.body());
        clerk.ticketId = Objects.toString(ticket.get("id"));
        clerk.ticketNumber = Objects.toString(ticket.get("number"), clerk.ticketId);
        String service = Objects.toString(ticket.get("service"), "");
        ServiceSpec spec = specs.getOrDefault(service, scenario.services().get(0));
        synchronized (this) {
            called++;
        }
        if (rng.nextDouble() < spec.noShowShare()) {
            log("counter " + clerk.counter + " calls " + clerk.ticketNumber + " (nobody comes)");
            schedule(step.at().plus(scenario.noShowDelay()), Kind.NO_SHOW, null, clerk);
            return;
        }
        log("counter " + clerk.counter + " calls " + clerk.ticketNumber);
        BackendClient.Reply started = backend.ticket(clerk.ticketId, "start");
        if (!started.ok()) {
            refusedCall("start " + clerk.ticketNumber, started);
        }
        schedule(step.at().plus(ServiceTimeSampler.sample(spec.serviceTime(), rng)), Kind.FINISH, null, clerk);
    }

    private void close(Clerk clerk, String action, Duration at) throws IOException {
        BackendClient.Reply r = backend.ticket(clerk.ticketId, action);
        if (r.ok()) {
            synchronized (this) {
                if (action.equals("finish")) {
                    finished++;
                } else {
                    noShows++;
                }
            }
            log("counter " + clerk.counter + (action.equals("finish") ? " finished " : " no-show ") + clerk.ticketNumber);
        } else {
            refusedCall(action + " " + clerk.ticketNumber, r); // e.g. a supervisor closed it: move on
        }
        clerk.ticketId = null;
        clerk.ticketNumber = null;
        scheduleCall(clerk, at);
    }

    /** Best effort on stop: finish the citizens at the counters so the demo center is left tidy. */
    private void finishInProgress() {
        for (Clerk c : clerks) {
            if (c.ticketId != null) {
                try {
                    backend.ticket(c.ticketId, "start");
                    BackendClient.Reply r = backend.ticket(c.ticketId, "finish");
                    log("counter " + c.counter + " finished " + c.ticketNumber + " on stop (" + r.status() + ")");
                } catch (IOException e) {
                    log("could not finish " + c.ticketNumber + " on stop: " + e.getMessage());
                }
                c.ticketId = null;
            }
        }
    }

    private void scheduleArrival(String service, Duration after) {
        ServiceSpec spec = specs.get(service);
        double scale = rateScale.getOrDefault(service, 1.0);
        double max = spec.peakRatePerHour() * scale;
        if (!(max > 0)) {
            return;
        }
        // thinning: candidates at the peak rate, each kept with probability rate(t) / peak
        Duration t = after;
        Duration horizon = after.plus(Duration.ofDays(2));
        while (t.compareTo(horizon) < 0) {
            double hours = -Math.log(1.0 - rng.nextDouble()) / max;
            t = t.plusMillis(Math.max(1, Math.round(hours * 3_600_000)));
            if (rng.nextDouble() * max < rateAt(spec, t) * scale) {
                schedule(t, Kind.ARRIVAL, service, null);
                return;
            }
        }
    }

    private double rateAt(ServiceSpec spec, Duration simTime) {
        LocalTime tod = timeOfDay(simTime);
        if (!tod.isBefore(scenario.lastTicket())) {
            return 0;
        }
        for (RateSegment seg : spec.arrivals()) {
            if (seg.window().contains(tod)) {
                return seg.perHour();
            }
        }
        return 0;
    }

    /** The time of day on the scenario's curve; after closing the day starts again at opening. */
    LocalTime timeOfDay(Duration simTime) {
        long day = Duration.between(scenario.open(), scenario.close()).toMillis();
        long into = Math.floorMod(dayOffset.toMillis() + simTime.toMillis(), day);
        return scenario.open().plus(Duration.ofMillis(into));
    }

    private void scheduleCall(Clerk clerk, Duration at) {
        clerk.nextCall = at;
        schedule(at, Kind.CALL, null, clerk);
    }

    private void schedule(Duration at, Kind kind, String service, Clerk clerk) {
        steps.add(new Step(at, seq++, kind, service, clerk));
    }

    private Duration poll() {
        Duration capped = Duration.ofMillis(Math.round(MAX_POLL_REAL.toMillis() * options.speed()));
        return POLL.compareTo(capped) < 0 ? POLL : capped;
    }

    /** Waits on the real clock until simulated time {@code at}; false when stopped meanwhile. */
    private boolean waitUntil(Duration at) {
        long dueNanos = realStartNanos + Math.round(at.toNanos() / options.speed());
        synchronized (clock) {
            while (running) {
                long left = dueNanos - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                try {
                    clock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
        return false;
    }

    private void refusedCall(String what, BackendClient.Reply r) {
        synchronized (this) {
            refused++;
        }
        log(what + " refused: HTTP " + r.status() + " " + r.detail());
    }

    private void log(String message) {
        Duration sim = realStartNanos == 0 ? Duration.ZERO
                : Duration.ofNanos(Math.round((System.nanoTime() - realStartNanos) * options.speed()));
        out.println(String.format(Locale.ROOT, "[%s] %s", timeOfDay(sim).withNano(0), message));
    }
}
