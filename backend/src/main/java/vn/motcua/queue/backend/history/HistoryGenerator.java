package vn.motcua.queue.backend.history;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterDirectory;
import vn.motcua.queue.backend.center.Counter;
import vn.motcua.queue.backend.center.CounterService;
import vn.motcua.queue.backend.center.Service;
import vn.motcua.queue.backend.common.TimeSource;
import vn.motcua.queue.backend.device.Device;
import vn.motcua.queue.backend.history.SimCenter.SimCounter;
import vn.motcua.queue.backend.history.SimCenter.SimService;
import vn.motcua.queue.backend.stats.PlannedCounters;
import vn.motcua.queue.backend.ticket.Ticket;
import vn.motcua.queue.core.numbering.ServiceDay;

/**
 * Fills weeks of realistic, closed ticket history for a center (for the demo, and to try statistics on),
 * simulated day by day with the center's services, counters and work profiles ({@link DaySimulation}).
 * Deterministic for a seed. Only days before today that have no ticket yet are filled, so today's numbering
 * and live tickets are never touched.
 */
@ApplicationScoped
public class HistoryGenerator {

    @Inject
    CenterDirectory directory;
    @Inject
    TimeSource time;
    @Inject
    HistoryWriter writer;
    @Inject
    EntityManager em;

    /**
     * Simulates the center's open days from {@code firstDay} to {@code lastDay} (inclusive; before today,
     * center-local) and writes them; days that already have tickets are skipped. Returns the tickets written.
     */
    @Transactional
    public int fill(String centerCode, LocalDate firstDay, LocalDate lastDay, long seed) {
        Center center = directory.center(centerCode);
        LocalDate today = ServiceDay.of(time.now(), center.zone());
        if (!lastDay.isBefore(today)) {
            throw new IllegalArgumentException("history must end before today (" + today + "), not on " + lastDay);
        }
        if (firstDay.isAfter(lastDay)) {
            throw new IllegalArgumentException("first day " + firstDay + " is after last day " + lastDay);
        }
        long started = System.nanoTime();
        SimCenter sim = simCenter(center, seed);
        HistoryWriter.Issuer issuer = issuer(center);
        Set<LocalDate> taken = daysWithTickets(center.id, firstDay, lastDay);
        int written = 0;
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (center.days().contains(day.getDayOfWeek()) && !taken.contains(day)) {
                List<HistoryTicket> tickets = DaySimulation.run(sim, day, seed);
                writer.write(center.id, issuer, tickets);
                written += tickets.size();
            }
        }
        Log.infof("center=%s history %s..%s: %d tickets written in %d ms", center.code, firstDay, lastDay, written,
                (System.nanoTime() - started) / 1_000_000);
        return written;
    }

    /**
     * Fills the {@code weeks} weeks that end yesterday, but only when the center has no ticket before today
     * (a fresh center): returns the tickets written, 0 when it did nothing.
     */
    @Transactional
    public int fillWeeksBeforeToday(String centerCode, int weeks, long seed) {
        if (weeks <= 0) {
            return 0;
        }
        Center center = directory.center(centerCode);
        LocalDate today = ServiceDay.of(time.now(), center.zone());
        if (Ticket.count("centerId = ?1 and serviceDay < ?2", center.id, today) > 0) {
            Log.infof("center=%s has tickets before %s; no history generated", center.code, today);
            return 0;
        }
        return fill(centerCode, today.minusWeeks(weeks), today.minusDays(1), seed);
    }

    private static SimCenter simCenter(Center center, long seed) {
        List<Counter> counters = Counter.ofCenter(center.id);
        List<CounterService> profiles = CounterService.ofCounters(counters.stream().map(c -> c.id).toList());
        Map<Long, Double> planned = PlannedCounters.byService(profiles);
        List<SimService> services = new ArrayList<>();
        for (Service s : Service.ofCenter(center.id)) {
            double counterShare = planned.getOrDefault(s.id, 0.0);
            // arrivals the planned counters can take at the peak load: load = arrivals x minutes / 60 / counters
            double peakPerHour = ArrivalProfile.PEAK_LOAD * counterShare * 60 / s.defaultServiceMinutes;
            services.add(new SimService(s.id, s.code, s.prefix, s.startNumber, s.defaultServiceMinutes, peakPerHour));
        }
        List<SimCounter> sim = new ArrayList<>();
        for (Counter c : counters) {
            List<Long> own = profiles.stream().filter(p -> p.counterId.equals(c.id)).map(p -> p.serviceId).toList();
            // some clerks are quicker than others, the same ones every day
            double pace = new SplittableRandom(seed * 31 + c.number).nextDouble(0.85, 1.15);
            sim.add(new SimCounter(c.id, c.number, own, pace));
        }
        return new SimCenter(center.code, center.zone(), center.opensAt, center.closesAt, services, sim);
    }

    /** The first kiosk of the center, as the device that printed the tickets; without one, just "kiosk". */
    private static HistoryWriter.Issuer issuer(Center center) {
        return Device.ofCenter(center.id).stream().filter(d -> "KIOSK".equals(d.kind)).findFirst()
                .map(d -> new HistoryWriter.Issuer(d.code, d.id))
                .orElse(new HistoryWriter.Issuer("kiosk", null));
    }

    private Set<LocalDate> daysWithTickets(Long centerId, LocalDate from, LocalDate to) {
        return new HashSet<>(em.createQuery("select distinct t.serviceDay from Ticket t where t.centerId = ?1 "
                        + "and t.serviceDay between ?2 and ?3", LocalDate.class)
                .setParameter(1, centerId).setParameter(2, from).setParameter(3, to).getResultList());
    }
}
