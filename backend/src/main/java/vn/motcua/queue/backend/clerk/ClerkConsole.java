package vn.motcua.queue.backend.clerk;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.clerk.ConsoleView.CenterInfo;
import vn.motcua.queue.backend.clerk.ConsoleView.CounterInfo;
import vn.motcua.queue.backend.clerk.ConsoleView.CurrentTicket;
import vn.motcua.queue.backend.clerk.ConsoleView.MyCenter;
import vn.motcua.queue.backend.clerk.ConsoleView.ServiceLoad;
import vn.motcua.queue.backend.clerk.ConsoleView.Today;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.security.Access;
import vn.motcua.queue.backend.security.Roles;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.core.numbering.ServiceDay;
import vn.motcua.queue.core.ticket.TicketStatus;

/** Reads the clerk console of one counter (see {@link ConsoleView}). */
@ApplicationScoped
public class ClerkConsole {

    /** A service's longest wait is a warning from this share of its target on. */
    static final double WARNING_SHARE = 0.8;

    @Inject
    CenterDirectory directory;
    @Inject
    TimeSource time;
    @Inject
    Access access;
    @Inject
    SecurityIdentity identity;

    /** The caller's centers (every center for an admin). */
    @Transactional
    public List<MyCenter> myCenters() {
        List<Center> centers;
        if (identity.hasRole(Roles.ADMIN)) {
            centers = Center.list("order by code");
        } else {
            Set<Long> ids = identity.getAttribute(Roles.ATTR_CENTERS);
            centers = ids == null || ids.isEmpty() ? List.of() : Center.list("id in ?1 order by code", ids);
        }
        return centers.stream().map(c -> new MyCenter(c.code, c.name)).toList();
    }

    @Transactional
    public ConsoleView of(String centerCode, int counterNumber) {
        Center center = directory.center(centerCode);
        access.requireCenter(center);
        Counter counter = directory.counter(center, counterNumber);
        ZoneId zone = center.zone();
        Instant now = time.now();
        List<CounterService> profile = CounterService.ofCounter(counter.id);
        Map<Long, Service> services = new HashMap<>();
        for (CounterService p : profile) {
            services.put(p.serviceId, Service.findById(p.serviceId));
        }
        List<ServiceLoad> loads = profile.stream().map(p -> load(services.get(p.serviceId), now)).toList();
        CurrentTicket current = Ticket.activeAt(counter.id).map(t -> current(t, zone)).orElse(null);
        return new ConsoleView(new CenterInfo(center.code, center.name, center.timeZone),
                new CounterInfo(counter.number, counter.name, counter.status, counter.clerk,
                        profile.stream().map(p -> services.get(p.serviceId).code).toList()),
                current, loads, today(center, counter), now.atZone(zone).toOffsetDateTime());
    }

    private static ServiceLoad load(Service s, Instant now) {
        Object[] row = Ticket.getEntityManager().createQuery(
                        "select count(t), min(t.issuedAt) from Ticket t where t.serviceId = ?1 and t.status = ?2",
                        Object[].class)
                .setParameter(1, s.id).setParameter(2, TicketStatus.WAITING).getSingleResult();
        long waiting = ((Number) row[0]).longValue();
        Instant oldest = (Instant) row[1];
        // the wait counts from the issue time, also for a ticket transferred in (as in the queue core)
        long longest = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
        return new ServiceLoad(s.code, s.name, waiting, longest, (int) (longest / 60), s.targetWaitMinutes,
                level(longest, s.targetWaitMinutes));
    }

    static String level(long longestSeconds, int targetMinutes) {
        if (targetMinutes <= 0 || longestSeconds <= 0) {
            return "OK";
        }
        long target = targetMinutes * 60L;
        if (longestSeconds >= target) {
            return "OVER";
        }
        return longestSeconds >= WARNING_SHARE * target ? "WARNING" : "OK";
    }

    private static CurrentTicket current(Ticket t, ZoneId zone) {
        Service s = Service.findById(t.serviceId);
        long waited = t.calledAt == null ? 0 : Math.max(0, Duration.between(t.issuedAt, t.calledAt).toSeconds());
        Instant step = t.status == TicketStatus.SERVING && t.startedAt != null ? t.startedAt : t.calledAt;
        return new CurrentTicket(t.id, t.number, s.code, s.name, t.priority, t.priority.vietnamese(), t.status,
                at(t.issuedAt, zone), at(t.calledAt, zone), at(t.startedAt, zone), t.recalls, waited, at(step, zone));
    }

    /** Served (finished) and no-show tickets of this counter since the center-local midnight, from the log. */
    private Today today(Center center, Counter counter) {
        Instant dayStart = ServiceDay.today(time.clock(), center.zone()).atStartOfDay(center.zone()).toInstant();
        List<Object[]> finished = Ticket.getEntityManager().createQuery(
                        "select f.occurredAt, (select max(s.occurredAt) from TicketEvent s where s.ticketId = f.ticketId "
                                + "and s.type = 'started' and s.occurredAt <= f.occurredAt) "
                                + "from TicketEvent f where f.centerId = ?1 and f.counterNumber = ?2 "
                                + "and f.type = 'finished' and f.occurredAt >= ?3", Object[].class)
                .setParameter(1, center.id).setParameter(2, counter.number).setParameter(3, dayStart)
                .getResultList();
        long totalMillis = 0;
        long timed = 0;
        for (Object[] r : finished) {
            if (r[1] != null) {
                totalMillis += Duration.between((Instant) r[1], (Instant) r[0]).toMillis();
                timed++;
            }
        }
        long noShows = Ticket.getEntityManager().createQuery(
                        "select count(e) from TicketEvent e where e.centerId = ?1 and e.counterNumber = ?2 "
                                + "and e.type = 'no_show' and e.occurredAt >= ?3", Long.class)
                .setParameter(1, center.id).setParameter(2, counter.number).setParameter(3, dayStart)
                .getSingleResult();
        return new Today(finished.size(), timed == 0 ? null : Math.round(totalMillis / 1000.0 / timed), noShows);
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
