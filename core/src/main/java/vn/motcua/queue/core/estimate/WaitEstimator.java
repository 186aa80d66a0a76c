package vn.motcua.queue.core.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import vn.motcua.queue.core.calling.CallingPolicy;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.core.calling.ServiceQueue;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.ticket.Priority;

/**
 * Estimates waits by running the center's own calling policy forward from the current state, with no
 * new arrivals: each open counter calls again when its current citizen is done (mean service time of the
 * service), the policy picks the ticket, and a ticket's estimate is the time at which that run calls it.
 * Unlike "people ahead / counters x mean", this accounts for citizens already at a counter, counters shared
 * between services and the priority and policy order.
 */
public final class WaitEstimator {

    // Sorts after every real id: a ticket taken in the same instant as the probe is ahead of it, also for
    // policies that break ties on the id (PRIORITY_FIFO).
    private static final String PROBE_ID = "\uffffnew-ticket";

    /**
     * The overtake allowance measured with the day simulator (docs/simulator-benchmarks.md): with it the
     * bias of the wait shown at issue is within half a minute at the busy center for FIFO and DEADLINE.
     */
    public static final double RECOMMENDED_OVERTAKE_ALLOWANCE = 0.15;

    private final CallingPolicy policy;
    private final double overtakeAllowance;

    /** An estimator without overtake allowance: the run forward, as it is. */
    public WaitEstimator(CallingPolicy policy) {
        this(policy, 0);
    }

    /**
     * @param overtakeAllowance share added to the predicted wait of a new ticket without priority: the run
     *                          forward knows no later citizens, but some of them go ahead of it (priority
     *                          tickets, transfers to the front and, with DEADLINE, citizens about to miss their
     *                          target while this one is already late), so the plain run is too short on average
     */
    public WaitEstimator(CallingPolicy policy, double overtakeAllowance) {
        if (!(overtakeAllowance >= 0 && overtakeAllowance <= 1)) {
            throw new IllegalArgumentException("overtake allowance must be from 0 to 1, got " + overtakeAllowance);
        }
        this.policy = policy;
        this.overtakeAllowance = overtakeAllowance;
    }

    /** Remaining time of a citizen being served: the mean minus time elapsed, never below {@code floor}. */
    public static Duration remaining(Duration meanServiceTime, Duration elapsed, Duration floor) {
        Duration left = meanServiceTime.minus(elapsed);
        return left.compareTo(floor) < 0 ? floor : left;
    }

    /** Predicted call time of every waiting ticket that some open counter would reach. */
    public Map<String, Instant> callTimes(QueueSnapshot snapshot) {
        ForwardRun fast = ForwardRun.prepare(policy, snapshot);
        return fast != null ? fast.callTimes() : run(snapshot, null);
    }

    /** Predicted wait of each waiting ticket, by id; tickets no open counter serves are absent. */
    public Map<String, Duration> waits(QueueSnapshot snapshot) {
        Map<String, Duration> waits = new HashMap<>();
        callTimes(snapshot).forEach((id, at) -> waits.put(id, Duration.between(snapshot.now(), at)));
        return waits;
    }

    /** Predicted wait of a ticket taken now for {@code service}; empty when no open counter serves it. */
    public Optional<Duration> newTicketWait(QueueSnapshot snapshot, String service) {
        return newTicketWait(snapshot, service, Priority.NONE);
    }

    /**
     * Predicted wait of a ticket taken now for {@code service} by a citizen with {@code priority}: a priority
     * citizen goes ahead of normal tickets as the service's priority mode says, so they are told a shorter
     * wait (the kiosk knows the priority before it prints).
     */
    public Optional<Duration> newTicketWait(QueueSnapshot snapshot, String service, Priority priority) {
        if (!snapshot.services().containsKey(service)) {
            return Optional.empty();
        }
        WaitingTicket probe = WaitingTicket.issued(PROBE_ID, service, priority, snapshot.now());
        ForwardRun fast = ForwardRun.prepare(policy, snapshot);
        Instant at = fast != null ? fast.probeCallTime(probe) : run(snapshot, probe).get(PROBE_ID);
        return at == null ? Optional.empty() : Optional.of(newTicketWait(snapshot.now(), at, priority));
    }

    /**
     * {@link #newTicketWait(QueueSnapshot, String)} for every service of the snapshot at once, for the cost of
     * about one to three runs forward instead of one per service: the result is exactly the same.
     *
     * @return the wait of a new ticket without priority by service code; services that no open counter
     *         serves are absent
     */
    public Map<String, Duration> newTicketWaits(QueueSnapshot snapshot) {
        return newTicketWaits(snapshot, Priority.NONE);
    }

    /** {@link #newTicketWait(QueueSnapshot, String, Priority)} for every service of the snapshot at once. */
    public Map<String, Duration> newTicketWaits(QueueSnapshot snapshot, Priority priority) {
        return estimates(snapshot, priority).newTicketWaits();
    }

    /**
     * Waits of the waiting tickets and of a new ticket of each service, as {@link #waits} and
     * {@link #newTicketWaits(QueueSnapshot)} give them, from one shared run forward: what the backend needs
     * on every change of a center.
     */
    public Estimates estimates(QueueSnapshot snapshot) {
        return estimates(snapshot, Priority.NONE);
    }

    /** {@link #estimates(QueueSnapshot)} with new tickets of {@code priority}. */
    public Estimates estimates(QueueSnapshot snapshot, Priority priority) {
        Instant now = snapshot.now();
        Map<String, Duration> newTickets = new LinkedHashMap<>();
        ForwardRun fast = ForwardRun.prepare(policy, snapshot);
        if (fast == null) {
            for (String service : snapshot.services().keySet()) {
                newTicketWait(snapshot, service, priority).ifPresent(d -> newTickets.put(service, d));
            }
            return new Estimates(waits(snapshot), newTickets);
        }
        Map<String, WaitingTicket> probes = new LinkedHashMap<>();
        for (String service : snapshot.services().keySet()) {
            probes.put(service, WaitingTicket.issued(PROBE_ID, service, priority, now));
        }
        ForwardRun.Shared shared = fast.shared(probes);
        for (var entry : probes.entrySet()) {
            String service = entry.getKey();
            Instant at = shared.probeTimes().get(service);
            if (shared.diverged().contains(service)) {
                // the probe changed another decision before its own call: run it on its own
                at = ForwardRun.prepare(policy, snapshot).probeCallTime(entry.getValue());
            }
            if (at != null) {
                newTickets.put(service, newTicketWait(now, at, priority));
            }
        }
        Map<String, Duration> waits = new HashMap<>();
        shared.callTimes().forEach((id, at) -> waits.put(id, Duration.between(now, at)));
        return new Estimates(waits, newTickets);
    }

    /**
     * @param waits          predicted wait of each waiting ticket, by id (as {@link #waits})
     * @param newTicketWaits predicted wait of a new ticket, by service code (as {@link #newTicketWaits})
     */
    public record Estimates(Map<String, Duration> waits, Map<String, Duration> newTicketWaits) {
    }

    private Duration newTicketWait(Instant now, Instant calledAt, Priority priority) {
        Duration wait = Duration.between(now, calledAt);
        if (!priority.isPriority() && overtakeAllowance > 0) {
            wait = Duration.ofMillis(Math.round(wait.toMillis() * (1 + overtakeAllowance)));
        }
        return wait;
    }

    /**
     * The generic run forward, for any policy: asks the policy at every step. The core's own policies take
     * {@link ForwardRun}, which gives the same decisions without rescanning the lines.
     */
    private Map<String, Instant> run(QueueSnapshot snapshot, WaitingTicket probe) {
        Map<String, List<WaitingTicket>> lines = new HashMap<>();
        for (var entry : snapshot.waiting().entrySet()) {
            List<WaitingTicket> line = new ArrayList<>(entry.getValue());
            line.sort(ServiceQueue.LINE_ORDER);
            lines.put(entry.getKey(), line);
        }
        if (probe != null) {
            lines.computeIfAbsent(probe.service(), k -> new ArrayList<>()).add(probe);
        }
        Map<String, Integer> streaks = new HashMap<>(snapshot.streaks());
        PriorityQueue<FreeCounter> free = new PriorityQueue<>(
                Comparator.comparing(FreeCounter::at).thenComparing(c -> c.counter().id()));
        for (CounterSnapshot c : snapshot.counters()) {
            Instant at = c.freeAt().isBefore(snapshot.now()) ? snapshot.now() : c.freeAt();
            free.add(new FreeCounter(c, at));
        }
        int remaining = lines.values().stream().mapToInt(List::size).sum();
        Map<String, Instant> called = new HashMap<>();
        while (remaining > 0 && !free.isEmpty()) {
            FreeCounter next = free.poll();
            List<ServiceQueue> queues = queuesFor(next.counter(), snapshot.services(), lines, streaks);
            Optional<WaitingTicket> choice = policy.choose(next.at(), queues);
            if (choice.isEmpty()) {
                continue; // with no arrivals this counter has nothing more to do
            }
            WaitingTicket ticket = choice.get();
            lines.get(ticket.service()).remove(ticket);
            remaining--;
            called.put(ticket.id(), next.at());
            int streak = streaks.getOrDefault(ticket.service(), 0);
            streaks.put(ticket.service(), ticket.priority().isPriority() ? 0 : streak + 1);
            if (probe != null && ticket.id().equals(probe.id())) {
                break;
            }
            Duration service = snapshot.services().get(ticket.service()).meanServiceTime();
            free.add(new FreeCounter(next.counter(), next.at().plus(service)));
        }
        return called;
    }

    private static List<ServiceQueue> queuesFor(CounterSnapshot counter, Map<String, ServiceRule> services,
                                                Map<String, List<WaitingTicket>> lines, Map<String, Integer> streaks) {
        List<ServiceQueue> queues = new ArrayList<>(counter.profile().size());
        for (ProfileEntry entry : counter.profile()) {
            ServiceRule rule = services.get(entry.service());
            if (rule == null) {
                continue;
            }
            List<WaitingTicket> line = lines.getOrDefault(entry.service(), List.of());
            queues.add(new ServiceQueue(rule, entry.weight(), line, streaks.getOrDefault(entry.service(), 0)));
        }
        return queues;
    }

    private record FreeCounter(CounterSnapshot counter, Instant at) {
    }
}
