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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
 * {@code motcua.estimate.min-interval}, so a burst of tickets costs a few runs, not one per ticket.
 */
@ApplicationScoped
public class WaitEstimates {

    /** The estimates of one center at one moment. */
    public record Estimates(long version, Instant computedAt, Set<UUID> considered, Map<UUID, Duration> tickets,
                            Map<Long, Duration> newTicket) {

        /** The estimated wait of a WAITING ticket, or empty when no open counter would reach it. */
        public Optional<Duration> forTicket(Ticket ticket) {
            if (ticket.status != TicketStatus.WAITING) {
                return Optional.empty();
            }
            if (considered.contains(ticket.id)) {
                return Optional.ofNullable(tickets.get(ticket.id));
            }
            return Optional.ofNullable(newTicket.get(ticket.serviceId)); // issued after this estimate
        }

        public Optional<Duration> forNewTicket(Long serviceId) {
            return Optional.ofNullable(newTicket.get(serviceId));
        }
    }

    private final Map<Long, Estimates> cache = new ConcurrentHashMap<>();

    @Inject
    CenterChanges changes;
    @Inject
    TimeSource time;
    @ConfigProperty(name = "motcua.estimate.max-age", defaultValue = "1S")
    Duration maxAge;
    @ConfigProperty(name = "motcua.estimate.min-interval", defaultValue = "0.25S")
    Duration minInterval;
    @ConfigProperty(name = "motcua.estimate.remaining-floor", defaultValue = "1M")
    Duration remainingFloor;

    public Estimates of(Long centerId) {
        Instant now = time.now();
        long version = changes.version(centerId);
        Estimates cached = cache.get(centerId);
        if (cached != null) {
            Duration age = Duration.between(cached.computedAt(), now).abs();
            if (age.compareTo(minInterval) < 0 || (cached.version() == version && age.compareTo(maxAge) < 0)) {
                return cached;
            }
        }
        Estimates fresh = QuarkusTransaction.joiningExisting().call(() -> compute(centerId, version, now));
        cache.put(centerId, fresh);
        return fresh;
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
        Set<UUID> considered = new java.util.HashSet<>();
        for (Ticket t : Ticket.waitingIn(serviceIds)) {
            waiting.computeIfAbsent(serviceById.get(t.serviceId).code, k -> new ArrayList<>())
                    .add(t.asWaiting(serviceById.get(t.serviceId).code));
            considered.add(t.id);
        }
        List<Counter> open = Counter.ofCenter(centerId).stream().filter(c -> c.status == CounterStatus.OPEN).toList();
        Map<Long, List<CounterService>> profiles = CounterService.ofCounters(open.stream().map(c -> c.id).toList())
                .stream().collect(Collectors.groupingBy(cs -> cs.counterId));
        List<CounterSnapshot> counters = new ArrayList<>();
        for (Counter c : open) {
            List<ProfileEntry> profile = profiles.getOrDefault(c.id, List.of()).stream()
                    .filter(cs -> serviceById.containsKey(cs.serviceId))
                    .map(cs -> new ProfileEntry(serviceById.get(cs.serviceId).code, cs.weight)).toList();
            counters.add(new CounterSnapshot(c.number + "", profile, freeAt(c, serviceById, now)));
        }
        QueueSnapshot snapshot = new QueueSnapshot(now, rules, waiting, streaks, counters);
        WaitEstimator estimator = new WaitEstimator(CallingPolicies.of(center.callingPolicy, center.deadlineCap));
        Map<UUID, Duration> tickets = new HashMap<>();
        estimator.waits(snapshot).forEach((id, d) -> tickets.put(UUID.fromString(id), d));
        Map<Long, Duration> newTicket = new HashMap<>();
        for (Service s : services) {
            estimator.newTicketWait(snapshot, s.code).ifPresent(d -> newTicket.put(s.id, d));
        }
        return new Estimates(version, now, considered, tickets, newTicket);
    }

    private Instant freeAt(Counter counter, Map<Long, Service> services, Instant now) {
        Optional<Ticket> active = Ticket.activeAt(counter.id);
        if (active.isEmpty()) {
            return now;
        }
        Ticket t = active.get();
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
