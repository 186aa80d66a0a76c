package vn.motcua.queue.backend.center;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.motcua.queue.backend.center.rest.CenterViews.CenterView;
import vn.motcua.queue.backend.center.rest.CenterViews.CounterView;
import vn.motcua.queue.backend.center.rest.CenterViews.CurrentTicket;
import vn.motcua.queue.backend.center.rest.CenterViews.ServiceView;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.estimate.WaitEstimates;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.core.ticket.TicketStatus;

/** Read models of centers, services (with waiting counts and estimates) and counters. */
@ApplicationScoped
public class CenterQueries {

    @Inject
    CenterDirectory directory;
    @Inject
    WaitEstimates estimates;
    @Inject
    TimeSource time;
    @Inject
    vn.motcua.queue.backend.security.Access access;

    @Transactional
    public List<CenterView> centers() {
        return Center.<Center>list("order by code").stream()
                .map(c -> new CenterView(c.code, c.name, c.address, c.timeZone)).toList();
    }

    @Transactional
    public List<ServiceView> services(String centerCode) {
        Center center = directory.center(centerCode);
        Map<Long, Long> waiting = waitingByService(center.id);
        WaitEstimates.Estimates est = estimates.of(center.id);
        Instant now = time.now();
        boolean centerOpen = center.isOpenAt(now);
        return Service.ofCenter(center.id).stream()
                .map(s -> new ServiceView(s.code, s.name, s.prefix, s.targetWaitMinutes, s.open && centerOpen,
                        waiting.getOrDefault(s.id, 0L), WaitEstimates.minutes(est.forNewTicket(s.id))))
                .toList();
    }

    /** The counters, for a staff member of that center. */
    @Transactional
    public List<CounterView> countersFor(String centerCode) {
        access.requireCenter(directory.center(centerCode));
        return counters(centerCode);
    }

    @Transactional
    public List<CounterView> counters(String centerCode) {
        Center center = directory.center(centerCode);
        List<Counter> counters = Counter.ofCenter(center.id);
        Map<Long, Service> services = Service.ofCenter(center.id).stream()
                .collect(Collectors.toMap(s -> s.id, s -> s));
        Map<Long, List<String>> profiles = new HashMap<>();
        for (CounterService cs : CounterService.ofCounters(counters.stream().map(c -> c.id).toList())) {
            profiles.computeIfAbsent(cs.counterId, k -> new java.util.ArrayList<>()).add(services.get(cs.serviceId).code);
        }
        Map<Long, Ticket> active = Ticket.activeByCounter(center.id);
        return counters.stream().map(c -> {
            Ticket t = active.get(c.id);
            CurrentTicket current = t == null ? null
                    : new CurrentTicket(t.id.toString(), t.number, services.get(t.serviceId).code, t.status.name());
            return new CounterView(c.number, c.name, c.status, profiles.getOrDefault(c.id, List.of()), c.clerk, current);
        }).toList();
    }

    private static Map<Long, Long> waitingByService(Long centerId) {
        List<Object[]> rows = Ticket.getEntityManager().createQuery(
                        "select t.serviceId, count(t) from Ticket t where t.centerId = ?1 and t.status = ?2 "
                                + "group by t.serviceId", Object[].class)
                .setParameter(1, centerId).setParameter(2, TicketStatus.WAITING).getResultList();
        Map<Long, Long> map = new HashMap<>();
        for (Object[] r : rows) {
            map.put((Long) r[0], ((Number) r[1]).longValue());
        }
        return map;
    }
}
