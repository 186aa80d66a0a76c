package vn.motcua.queue.backend.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.CounterStatus;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.ProblemException;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.event.EventBodies;
import vn.motcua.queue.backend.event.EventLog;
import vn.motcua.queue.backend.metrics.QueueMetrics;
import vn.motcua.queue.core.calling.CallingPolicies;
import vn.motcua.queue.core.calling.ServiceQueue;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.ticket.TicketAction;
import vn.motcua.queue.core.ticket.TicketLifecycle;

/**
 * "Call next" for a counter. Calls that share a service are serialised by the service rows' locks (held until
 * commit, so it works across backend instances): no ticket is ever called by two counters. The choice itself
 * is the center's calling policy from the queue core, over the few tickets of each line it looks at.
 */
@ApplicationScoped
public class CallNext {

    @Inject
    CenterDirectory directory;
    @Inject
    TimeSource time;
    @Inject
    TicketLog log;
    @Inject
    CenterChanges changes;
    @Inject
    QueueMetrics metrics;
    @Inject
    EventLog events;
    @Inject
    vn.motcua.queue.backend.security.Access access;
    @Inject
    vn.motcua.queue.backend.security.Audit audit;

    /** The ticket now CALLED at the counter, or empty when nothing waits for its services. */
    @Transactional
    public Optional<Ticket> next(String centerCode, int counterNumber, String actor) {
        Center center = directory.center(centerCode);
        Counter counter = directory.counter(center, counterNumber);
        access.requireCounter(center, counter);
        List<CounterService> profile = CounterService.ofCounter(counter.id);
        if (profile.isEmpty()) {
            throw ProblemException.conflict("Counter " + counter.number + " serves no service; set its work profile");
        }
        List<Long> serviceIds = profile.stream().map(p -> p.serviceId).toList();
        // lock order: the center (EventLog.lockCenter), the profile's services (by id), the counter
        events.lockCenter(center.id);
        Map<Long, Service> services = Service.lockAll(serviceIds).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        lockFreeCounter(counter);
        // not whole lines: the few tickets of each line the policies look at, as plain rows (ServiceQueue.candidates);
        // only the chosen ticket is loaded as an entity
        Instant now = time.now();
        Map<Long, ServiceRule> rules = services.values().stream().collect(Collectors.toMap(s -> s.id, Service::rule));
        Map<Long, List<WaitingTicket>> waiting = Ticket.lineCandidates(rules, now);
        Map<String, ServiceQueue> queues = new HashMap<>();
        List<ServiceQueue> ordered = new ArrayList<>();
        for (CounterService entry : profile) {
            Service s = services.get(entry.serviceId);
            ServiceQueue q = new ServiceQueue(rules.get(s.id), entry.weight, waiting.getOrDefault(s.id, List.of()),
                    s.normalStreak);
            queues.put(s.code, q);
            ordered.add(q);
        }
        Optional<WaitingTicket> choice = CallingPolicies.of(center.callingPolicy, center.deadlineCap)
                .choose(now, ordered);
        if (choice.isEmpty()) {
            return Optional.empty();
        }
        WaitingTicket chosen = choice.get();
        Ticket ticket = Ticket.<Ticket>findById(UUID.fromString(chosen.id()));
        Service service = services.get(ticket.serviceId);
        service.normalStreak = queues.get(service.code).streakAfter(chosen);
        service.left();
        var from = ticket.status;
        ticket.status = TicketLifecycle.apply(from, TicketAction.CALL);
        ticket.calledAt = now;
        ticket.counterId = counter.id;
        ticket.front = false;
        log.append(ticket, center.code, service.code, "called", from, counter.number, actor, now, null);
        audit.action("ticket.call", center.id, counter.number, ticket.number, null);
        events.append(center, "ticket.called", EventBodies.callEvent(ticket, service, counter));
        changes.changed(center.id);
        metrics.called(center.code, service.code);
        return Optional.of(ticket);
    }

    /** Locks the counter (after the center's and its services' locks) and checks it is open with no citizen at it. */
    public static void lockFreeCounter(Counter counter) {
        Counter.lock(counter);
        if (counter.status != CounterStatus.OPEN) {
            throw ProblemException.conflict("Counter " + counter.number + " is " + counter.status + "; open it first");
        }
        Ticket.activeAt(counter.id).ifPresent(active -> {
            throw ProblemException.conflict("Counter " + counter.number + " still has ticket " + active.number
                    + " (" + active.status + "); finish it, mark it no-show or transfer it first");
        });
    }
}
