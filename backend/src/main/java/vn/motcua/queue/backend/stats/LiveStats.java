package vn.motcua.queue.backend.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.device.Device;
import vn.motcua.queue.backend.estimate.WaitEstimates;
import vn.motcua.queue.backend.stats.LiveDayQueries.Called;
import vn.motcua.queue.backend.stats.LiveDayQueries.Line;
import vn.motcua.queue.backend.stats.LiveDayQueries.Served;
import vn.motcua.queue.backend.stats.LiveStatsView.Alert;
import vn.motcua.queue.backend.stats.LiveStatsView.CounterLine;
import vn.motcua.queue.backend.stats.LiveStatsView.CurrentTicket;
import vn.motcua.queue.backend.stats.LiveStatsView.DeviceLine;
import vn.motcua.queue.backend.stats.LiveStatsView.ServiceLine;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.core.numbering.ServiceDay;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * Today's figures of a center for the supervisor's live view: every service against its target, every counter,
 * every device, and the alerts that follow from them. "Today" is the center-local service day.
 */
@ApplicationScoped
public class LiveStats {

    @Inject
    StatsScope scope;
    @Inject
    TimeSource time;
    @Inject
    WaitEstimates estimates;
    @Inject
    LiveDayQueries queries;
    @Inject
    LiveAlerts rules;

    @Transactional
    public LiveStatsView of(String centerCode) {
        Center center = scope.center(centerCode);
        Instant now = time.now();
        ZoneId zone = center.zone();
        LocalDate today = ServiceDay.of(now, zone);
        List<Service> services = Service.ofCenter(center.id);
        List<ServiceLine> serviceLines = services(center, services, today, now);
        List<Counter> counters = Counter.ofCenter(center.id);
        List<CounterLine> counterLines = counters(center, counters, services, today, now);
        List<Device> devices = Device.<Device>list("centerId = ?1 and revoked = false order by code", center.id);

        List<Alert> alerts = new ArrayList<>();
        rules.services(serviceLines, alerts);
        idleCounters(center, counters, counterLines, services, serviceLines, today, now, alerts);
        Map<String, LiveDayQueries.LastPrint> prints = queries.lastPrints(center.id, today.atStartOfDay(zone).toInstant());
        for (Device d : devices) {
            rules.printer(d, prints.get("device:" + d.code), alerts);
            rules.offline(d, now, alerts);
        }
        List<DeviceLine> deviceLines = devices.stream().map(d -> new DeviceLine(d.code, d.kind, d.name, d.status,
                d.details, at(d.lastHeartbeatAt, zone), rules.online(d, now))).toList();
        return new LiveStatsView(center.code, at(now, zone), serviceLines, counterLines, deviceLines,
                rules.sorted(alerts));
    }

    private List<ServiceLine> services(Center center, List<Service> services, LocalDate today, Instant now) {
        Map<Long, Line> lines = queries.lines(center.id);
        Map<Long, Long> served = queries.servedByService(center.id, today);
        Map<Long, Called> called = queries.calledByService(center.id, today,
                services.stream().collect(Collectors.toMap(s -> s.id, s -> s.targetWaitMinutes)));
        WaitEstimates.Estimates est = estimates.of(center.id);
        boolean centerOpen = center.isOpenAt(now);
        List<ServiceLine> out = new ArrayList<>();
        for (Service s : services) {
            Line line = lines.getOrDefault(s.id, new Line(0, null));
            Duration longest = line.longestSince() == null ? null : positive(Duration.between(line.longestSince(), now));
            Duration estimate = est.forNewTicket(s.id).orElse(null);
            Called c = called.get(s.id);
            out.add(new ServiceLine(s.code, s.name, s.open && centerOpen, line.waiting(), minutes(longest),
                    minutes(estimate), s.targetWaitMinutes, served.getOrDefault(s.id, 0L),
                    c == null ? null : round1(100.0 * c.withinTarget() / c.called()),
                    LiveAlerts.level(longest, estimate, s.targetWaitMinutes)));
        }
        return out;
    }

    private List<CounterLine> counters(Center center, List<Counter> counters, List<Service> services, LocalDate today,
                                       Instant now) {
        Map<Long, String> codes = services.stream().collect(Collectors.toMap(s -> s.id, s -> s.code));
        Map<Long, Ticket> active = Ticket.activeByCounter(center.id);
        Map<Long, Served> served = queries.servedByCounter(center.id, today);
        return counters.stream().map(k -> {
            Ticket t = active.get(k.id);
            CurrentTicket current = null;
            if (t != null) {
                Instant since = t.status == TicketStatus.SERVING && t.startedAt != null ? t.startedAt : t.calledAt;
                current = new CurrentTicket(t.number, codes.get(t.serviceId), t.status.name(),
                        minutes(positive(Duration.between(since, now))));
            }
            Served s = served.get(k.id);
            return new CounterLine(k.number, k.name, k.status, k.clerk, current, s == null ? 0 : s.served(),
                    s == null ? null : minutes(s.serviceTime().dividedBy(s.served())));
        }).toList();
    }

    /** Idle is measured from the counter's last activity today, or from today's opening time when it had none. */
    private void idleCounters(Center center, List<Counter> counters, List<CounterLine> lines, List<Service> services,
                              List<ServiceLine> serviceLines, LocalDate today, Instant now, List<Alert> alerts) {
        ZoneId zone = center.zone();
        Instant opening = today.atTime(center.opensAt).atZone(zone).toInstant();
        Map<Integer, Instant> last = queries.lastActivity(center.id, today.atStartOfDay(zone).toInstant());
        Map<Long, ServiceLine> lineOf = new HashMap<>();
        Map<String, ServiceLine> byCode = serviceLines.stream().collect(Collectors.toMap(ServiceLine::code, Function.identity()));
        services.forEach(s -> lineOf.put(s.id, byCode.get(s.code)));
        Map<Long, List<CounterService>> profiles = CounterService.ofCounters(counters.stream().map(k -> k.id).toList())
                .stream().collect(Collectors.groupingBy(cs -> cs.counterId));
        for (int i = 0; i < counters.size(); i++) {
            Counter k = counters.get(i);
            List<ServiceLine> waitingFor = profiles.getOrDefault(k.id, List.of()).stream()
                    .map(cs -> lineOf.get(cs.serviceId)).filter(s -> s != null && s.waiting() > 0).toList();
            Instant since = last.getOrDefault(k.number, opening);
            rules.idleCounter(lines.get(i), since.isBefore(opening) ? opening : since, waitingFor, now, alerts);
        }
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Double minutes(Duration d) {
        return d == null ? null : round1(d.toMillis() / 60_000.0);
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
