package vn.motcua.queue.backend.estimate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.core.calling.CallingPolicies;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.estimate.CounterSnapshot;
import vn.motcua.queue.core.estimate.QueueSnapshot;
import vn.motcua.queue.core.estimate.WaitEstimator;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Estimated waits of a center, from the queue core's {@link WaitEstimator} (the center's own calling policy
 * run forward from now). Cached per center: reused until the center changes on this instance or the
 * estimate is older than {@code motcua.estimate.max-age}; never recomputed more often than
 * {@code motcua.estimate.min-interval} (nor, for a long line, more often than its own cost allows under
 * {@code motcua.estimate.max-cpu-share}), and by one thread at a time per center, while requests answer from
 * the last estimate: a burst of tickets costs a few runs, not one per ticket, and never waits for one.
 */
@ApplicationScoped
public class WaitEstimates {

    /**
     * The estimates of one center at one moment. Tickets are known by their id's text, as the queue core names them:
     * a line of thousands is then not parsed back into UUIDs each run, only the one id a request asks about is
     * written out.
     */
    public record Estimates(long version, Instant computedAt, Set<String> considered, Map<String, Duration> tickets,
                            Map<Long, Duration> newTicket) {

        /** The estimated wait of a WAITING ticket, or empty when no open counter would reach it. */
        public Optional<Duration> forTicket(Ticket ticket) {
            if (ticket.status != TicketStatus.WAITING) {
                return Optional.empty();
            }
            String id = ticket.id.toString();
            if (considered.contains(id)) {
                return Optional.ofNullable(tickets.get(id));
            }
            return Optional.ofNullable(newTicket.get(ticket.serviceId)); // issued after this estimate
        }

        public Optional<Duration> forNewTicket(Long serviceId) {
            return Optional.ofNullable(newTicket.get(serviceId));
        }
    }

    private final Map<Long, Estimates> cache = new ConcurrentHashMap<>();
    private final Map<Long, CompletableFuture<Estimates>> inFlight = new ConcurrentHashMap<>();
    /** How long the last computation of each center took. */
    private final Map<Long, Duration> cost = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "motcua-estimates");
        t.setDaemon(true);
        return t;
    });

    @Inject
    CenterChanges changes;
    @Inject
    TimeSource time;
    @ConfigProperty(name = "motcua.estimate.max-age", defaultValue = "1S")
    Duration maxAge;
    @ConfigProperty(name = "motcua.estimate.min-interval", defaultValue = "0.25S")
    Duration minInterval;
    /**
     * At most this share of one core per center goes to estimates: after a run that took t, the next starts no
     * sooner than t / share (a long line at a busy moment then refreshes less often instead of starving requests).
     * 1 turns the limit off.
     */
    @ConfigProperty(name = "motcua.estimate.max-cpu-share", defaultValue = "0.2")
    double maxCpuShare;
    @ConfigProperty(name = "motcua.estimate.remaining-floor", defaultValue = "1M")
    Duration remainingFloor;
    /** Answer from the last estimate while a new one is computed (tests turn this off to see exact values). */
    @ConfigProperty(name = "motcua.estimate.stale-while-refresh", defaultValue = "true")
    boolean staleWhileRefresh;

    public Estimates of(Long centerId) {
        Instant now = Instant.now();
        long version = changes.version(centerId);
        Estimates cached = cache.get(centerId);
        if (cached != null) {
            Duration age = Duration.between(cached.computedAt(), now).abs();
            boolean fresh = cached.version() == version && age.compareTo(maxAge) < 0;
            Duration spacing = maxCpuShare >= 1 ? Duration.ZERO
                    : Duration.ofNanos((long) (cost.getOrDefault(centerId, Duration.ZERO).toNanos() / maxCpuShare));
            if (fresh || age.compareTo(minInterval) < 0 || age.compareTo(spacing) < 0) {
                return cached;
            }
            CompletableFuture<Estimates> refreshing = refresh(centerId);
            if (staleWhileRefresh) {
                return cached; // the request answers at once; the next one gets the new estimate
            }
            return refreshing.join();
        }
        return refresh(centerId).join();
    }

    /** One computation per center at a time: concurrent callers share it instead of each running their own. */
    private CompletableFuture<Estimates> refresh(Long centerId) {
        CompletableFuture<Estimates> mine = new CompletableFuture<>();
        CompletableFuture<Estimates> running = inFlight.putIfAbsent(centerId, mine);
        if (running != null) {
            return running;
        }
        long version = changes.version(centerId);
        worker.execute(() -> {
            try {
                long started = System.nanoTime();
                Estimates fresh = QuarkusTransaction.requiringNew()
                        .call(() -> compute(centerId, version, time.now()));
                cost.put(centerId, Duration.ofNanos(System.nanoTime() - started));
                cache.put(centerId, fresh);
                mine.complete(fresh);
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
            } finally {
                inFlight.remove(centerId, mine);
            }
        });
        return mine;
    }

    private Estimates compute(Long centerId, long version, Instant now) {
        Center center = Center.findById(centerId);
        List<Service> services = Service.ofCenter(centerId);
        Map<Long, Service> serviceById = services.stream().collect(Collectors.toMap(s -> s.id, s -> s));
        Map<String, ServiceRule> rules = new HashMap<>();
        Map<String, Integer> streaks = new HashMap<>();
        for (Service s : services) {
            rules.put(s.code, s.rule());
            streaks.put(s.code, s.normalStreak);
        }
        List<Long> serviceIds = services.stream().map(s -> s.id).toList();
        Map<String, List<WaitingTicket>> waiting = new HashMap<>();
        Set<String> considered = new java.util.HashSet<>();
        Map<Long, String> codes = services.stream().collect(Collectors.toMap(s -> s.id, s -> s.code));
        Ticket.waitingLines(serviceIds, codes).forEach((serviceId, line) -> {
            waiting.put(codes.get(serviceId), line);
            line.forEach(t -> considered.add(t.id()));
        });
        List<Counter> open = Counter.ofCenter(centerId).stream().filter(c -> c.status == CounterStatus.OPEN).toList();
        Map<Long, List<CounterService>> profiles = CounterService.ofCounters(open.stream().map(c -> c.id).toList())
                .stream().collect(Collectors.groupingBy(cs -> cs.counterId));
        Map<Long, Ticket> active = Ticket.activeByCounter(centerId);
        List<CounterSnapshot> counters = new ArrayList<>();
        for (Counter c : open) {
            List<ProfileEntry> profile = profiles.getOrDefault(c.id, List.of()).stream()
                    .filter(cs -> serviceById.containsKey(cs.serviceId))
                    .map(cs -> new ProfileEntry(serviceById.get(cs.serviceId).code, cs.weight)).toList();
            counters.add(new CounterSnapshot(c.number + "", profile, freeAt(active.get(c.id), serviceById, now)));
        }
        QueueSnapshot snapshot = new QueueSnapshot(now, rules, waiting, streaks, counters);
        // the center's policy run forward once; a new normal ticket's estimate gets the overtake allowance
        // (later priority or transferred citizens go ahead of it), measured with the day simulator
        WaitEstimator estimator = new WaitEstimator(CallingPolicies.of(center.callingPolicy, center.deadlineCap),
                WaitEstimator.RECOMMENDED_OVERTAKE_ALLOWANCE);
        WaitEstimator.Estimates run = estimator.estimates(snapshot);
        Map<Long, Duration> newTicket = new HashMap<>();
        for (Service s : services) {
            Duration d = run.newTicketWaits().get(s.code);
            if (d != null) {
                newTicket.put(s.id, d);
            }
        }
        return new Estimates(version, now, considered, run.waits(), newTicket);
    }

    /** When a counter calls again: now when idle, else after its citizen's remaining service time. */
    private Instant freeAt(Ticket t, Map<Long, Service> services, Instant now) {
        if (t == null) {
            return now;
        }
        Service s = services.get(t.serviceId);
        Duration mean = s == null ? remainingFloor : s.rule().meanServiceTime();
        Duration elapsed = t.startedAt == null ? Duration.ZERO : Duration.between(t.startedAt, now);
        return now.plus(WaitEstimator.remaining(mean, elapsed, remainingFloor));
    }

    /** Whole minutes, rounded up, for display. */
    public static Integer minutes(Optional<Duration> d) {
        return d.map(x -> (int) ((x.toSeconds() + 59) / 60)).orElse(null);
    }
}
