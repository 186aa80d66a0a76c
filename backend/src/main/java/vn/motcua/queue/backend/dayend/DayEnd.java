package vn.motcua.queue.backend.dayend;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.event.EventBodies;
import vn.motcua.queue.backend.event.EventLog;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.backend.ticket.TicketLog;
import vn.motcua.queue.core.ticket.TicketAction;
import vn.motcua.queue.core.ticket.TicketLifecycle;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Closing time: WAITING and CALLED tickets of a day that has closed become EXPIRED (numbering restarts by
 * itself, as the series is per center-local day). Also forgets idempotency keys past their retention.
 */
@ApplicationScoped
public class DayEnd {

    @Inject
    TimeSource time;
    @Inject
    TicketLog log;
    @Inject
    CenterChanges changes;
    @Inject
    EventLog events;
    @ConfigProperty(name = "motcua.idempotency.retention", defaultValue = "24H")
    Duration idempotencyRetention;
    @ConfigProperty(name = "motcua.events.retention", defaultValue = "7D")
    Duration eventRetention;

    @Scheduled(every = "${motcua.day-end.every:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        for (Center center : centers()) {
            expire(center.code);
        }
        purgeIdempotencyKeys();
        purgeOldEvents();
    }

    @Transactional
    List<Center> centers() {
        return Center.listAll();
    }

    /** Expires every WAITING or CALLED ticket of a closed day of the center; returns how many. */
    @Transactional
    public int expire(String centerCode) {
        Center center = Center.<Center>find("code", centerCode).firstResult();
        Instant now = time.now();
        ZonedDateTime local = now.atZone(center.zone());
        // the days that have closed: every day before today, and today too from closing time on
        LocalDate lastClosedDay = local.toLocalTime().isBefore(center.closesAt)
                ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        String leftOver = "centerId = ?1 and status in ?2 and serviceDay <= ?3";
        List<TicketStatus> statuses = List.of(TicketStatus.WAITING, TicketStatus.CALLED);
        // almost every run (once a minute) finds nothing: look without locks first, as every issue and call waits
        // for the service locks below (it used to take them and load the whole of today's line each minute)
        if (Ticket.count(leftOver, center.id, statuses, lastClosedDay) == 0) {
            return 0;
        }
        // lock order of every change: the center, then services by id
        events.lockCenter(center.id);
        Service.lockAll(Service.<Service>list("centerId", center.id).stream().map(s -> s.id).toList());
        List<Ticket> open = Ticket.list(leftOver, center.id, statuses, lastClosedDay);
        int expired = 0;
        for (Ticket t : open) {
            TicketStatus from = t.status;
            Counter counter = t.counterId == null ? null : Counter.findById(t.counterId);
            Service service = Service.findById(t.serviceId);
            t.status = TicketLifecycle.apply(from, TicketAction.EXPIRE);
            if (from == TicketStatus.WAITING) {
                service.left();
            }
            t.finishedAt = now;
            log.append(t, center.code, service.code, "expired", from, counter == null ? null : counter.number,
                    "system", now, "end of day");
            events.append(center, "ticket.expired", EventBodies.ticketEvent(t, service, counter));
            expired++;
        }
        if (expired > 0) {
            changes.changed(center.id);
            Log.infof("center=%s day end: %d tickets expired", center.code, expired);
        }
        return expired;
    }

    /** The event table is a relay, not the history (that is the ticket event log): keep a week. */
    @Transactional
    public int purgeOldEvents() {
        return Ticket.getEntityManager().createNativeQuery("DELETE FROM center_event WHERE occurred_at < ?1")
                .setParameter(1, time.now().minus(eventRetention)).executeUpdate();
    }

    @Transactional
    public int purgeIdempotencyKeys() {
        return Ticket.getEntityManager().createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, time.now().minus(idempotencyRetention)).executeUpdate();
    }
}
