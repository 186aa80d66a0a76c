package vn.motcua.queue.backend.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import vn.motcua.queue.backend.history.SimCenter.SimCounter;
import vn.motcua.queue.backend.history.SimCenter.SimService;
import vn.motcua.queue.core.numbering.TicketNumbers;
import vn.motcua.queue.core.ticket.Priority;
import vn.motcua.queue.core.ticket.TicketStatus;

/**
 * One day of a center, simulated: citizens arrive per service as a Poisson process following
 * {@link ArrivalProfile} within the opening hours; each free counter calls the longest-waiting ticket of its
 * work profile (priority tickets first), so waits come out of the queue. Clerks take a staggered lunch hour
 * (odd counters 11:30, even 12:30) and serve everyone who took a number, past closing if need be. Plain Java,
 * deterministic for its seed.
 */
final class DaySimulation {

    static final double PRIORITY_SHARE = 0.04;
    static final double NO_SHOW_SHARE = 0.035;
    /** Citizens who give up (the ticket is cancelled) when not called within their patience of 10-45 min. */
    static final double LEAVER_SHARE = 0.04;
    /** Coefficient of variation of the lognormal service times. */
    static final double SERVICE_TIME_SPREAD = 0.6;
    private static final Priority[] PRIORITIES = {Priority.ELDERLY, Priority.ELDERLY, Priority.DISABLED,
        Priority.PREGNANT, Priority.CHILD, Priority.MERIT};
    private static final LocalTime ODD_LUNCH = LocalTime.of(11, 30);
    private static final LocalTime EVEN_LUNCH = LocalTime.of(12, 30);
    private static final long LUNCH_SECONDS = 3600;
    /** Nobody is called after this; who still waits is cancelled (only a hopelessly understaffed day). */
    private static final LocalTime LAST_CALL = LocalTime.of(23, 30);

    /** A citizen with everything drawn up front, so the draws do not depend on the order of calls. */
    private static final class Citizen {
        final SimService service;
        final String number;
        final Priority priority;
        final long issuedAt;
        final boolean noShow;
        final long leaveAt;
        final int walkSeconds;
        final int noShowSeconds;
        final int gapSeconds;
        final double serviceSeconds;
        TicketStatus status;
        long calledAt;
        long startedAt;
        long finishedAt;
        SimCounter counter;

        Citizen(SimService service, String number, long issuedAt, SplittableRandom rng) {
            this.service = service;
            this.number = number;
            this.issuedAt = issuedAt;
            this.priority = rng.nextDouble() < PRIORITY_SHARE ? PRIORITIES[rng.nextInt(PRIORITIES.length)]
                    : Priority.NONE;
            this.noShow = rng.nextDouble() < NO_SHOW_SHARE;
            this.leaveAt = rng.nextDouble() < LEAVER_SHARE ? issuedAt + 60L * rng.nextInt(10, 46) : Long.MAX_VALUE;
            this.walkSeconds = rng.nextInt(15, 91);
            this.noShowSeconds = rng.nextInt(60, 181);
            this.gapSeconds = rng.nextInt(5, 31);
            this.serviceSeconds = lognormal(service.meanMinutes() * 60, rng);
        }
    }

    /** The tickets of one service: all arrivals of the day in order, those already in line, and the line. */
    private static final class Line {
        final List<Citizen> arrivals = new ArrayList<>();
        final Deque<Citizen> normal = new ArrayDeque<>();
        final Deque<Citizen> priority = new ArrayDeque<>();
        int admitted;

        void admit(long t) {
            while (admitted < arrivals.size() && arrivals.get(admitted).issuedAt <= t) {
                Citizen c = arrivals.get(admitted++);
                (c.priority.isPriority() ? priority : normal).add(c);
            }
        }

        long nextArrival() {
            return admitted < arrivals.size() ? arrivals.get(admitted).issuedAt : Long.MAX_VALUE;
        }
    }

    /** A counter in the loop: when it is next free, its lunch hour and its lines. */
    private static final class Desk {
        final SimCounter counter;
        final List<Line> lines;
        final long lunchStart;
        long freeAt;

        Desk(SimCounter counter, List<Line> lines, long lunchStart, long freeAt) {
            this.counter = counter;
            this.lines = lines;
            this.lunchStart = lunchStart;
            this.freeAt = freeAt;
        }
    }

    private final SimCenter center;
    private final LocalDate day;
    private final long seed;
    private final SplittableRandom rng;
    private final Map<Long, Line> lines = new HashMap<>();

    private DaySimulation(SimCenter center, LocalDate day, long seed) {
        this.center = center;
        this.day = day;
        this.seed = seed;
        this.rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + day.toEpochDay());
    }

    /** The closed tickets of {@code day}, in order of issue. */
    static List<HistoryTicket> run(SimCenter center, LocalDate day, long seed) {
        return new DaySimulation(center, day, seed).simulate();
    }

    private List<HistoryTicket> simulate() {
        double dayFactor = ArrivalProfile.weekday(day.getDayOfWeek()) * Math.exp(0.1 * rng.nextGaussian());
        for (SimService s : center.services()) {
            Line line = new Line();
            List<Long> times = arrivals(s.peakPerHour() * dayFactor);
            for (int i = 0; i < times.size(); i++) {
                line.arrivals.add(new Citizen(s, TicketNumbers.format(s.prefix(), s.startNumber() + i), times.get(i), rng));
            }
            lines.put(s.id(), line);
        }
        serve();
        List<HistoryTicket> out = new ArrayList<>();
        for (Line line : lines.values()) {
            line.arrivals.forEach(c -> out.add(ticket(c)));
        }
        out.sort(Comparator.comparing(HistoryTicket::issuedAt).thenComparing(HistoryTicket::number));
        return out;
    }

    /** Arrival times (epoch seconds, sorted) over the opening hours, per half hour of the profile. */
    private List<Long> arrivals(double peakPerHour) {
        List<Long> times = new ArrayList<>();
        int s = center.opensAt().toSecondOfDay();
        int end = center.closesAt().toSecondOfDay();
        while (s < end) {
            int next = Math.min(end, (s / 1800 + 1) * 1800);
            double expected = peakPerHour * ArrivalProfile.halfHour(LocalTime.ofSecondOfDay(s)) * (next - s) / 3600.0;
            long from = epoch(LocalTime.ofSecondOfDay(s));
            for (int n = poisson(expected); n > 0; n--) {
                times.add(from + (long) (rng.nextDouble() * (next - s)));
            }
            s = next;
        }
        times.sort(null);
        return times;
    }

    private void serve() {
        long lastCall = epoch(LAST_CALL);
        PriorityQueue<Desk> desks = new PriorityQueue<>(
                Comparator.comparingLong((Desk d) -> d.freeAt).thenComparingInt(d -> d.counter.number()));
        long opening = epoch(center.opensAt());
        for (SimCounter c : center.counters()) {
            List<Line> own = c.serviceIds().stream().map(lines::get).filter(l -> l != null).toList();
            if (!own.isEmpty()) {
                desks.add(new Desk(c, own, epoch(c.number() % 2 == 1 ? ODD_LUNCH : EVEN_LUNCH), opening));
            }
        }
        while (!desks.isEmpty()) {
            Desk d = desks.poll();
            long t = d.freeAt;
            if (t >= lastCall) {
                continue;
            }
            if (t >= d.lunchStart && t < d.lunchStart + LUNCH_SECONDS) {
                d.freeAt = d.lunchStart + LUNCH_SECONDS;
                desks.add(d);
                continue;
            }
            Citizen c = longestWaiting(d, t);
            if (c == null) {
                long next = d.lines.stream().mapToLong(Line::nextArrival).min().orElse(Long.MAX_VALUE);
                if (next != Long.MAX_VALUE) {
                    d.freeAt = next;
                    desks.add(d);
                }
                continue;
            }
            c.counter = d.counter;
            c.calledAt = t;
            if (c.noShow) {
                c.status = TicketStatus.NO_SHOW;
                c.finishedAt = t + c.noShowSeconds;
            } else {
                c.status = TicketStatus.DONE;
                c.startedAt = t + c.walkSeconds;
                c.finishedAt = c.startedAt + Math.max(30, Math.round(c.serviceSeconds * d.counter.pace()));
            }
            d.freeAt = c.finishedAt + c.gapSeconds;
            desks.add(d);
        }
        for (Line line : lines.values()) {
            line.arrivals.stream().filter(c -> c.status == null)
                    .forEach(c -> cancel(c, Math.max(c.issuedAt, Math.min(c.leaveAt, lastCall))));
        }
    }

    /** The oldest priority ticket of the counter's lines, else the oldest ticket; leavers gone by now drop out. */
    private static Citizen longestWaiting(Desk d, long t) {
        for (boolean priority : new boolean[] {true, false}) {
            Deque<Citizen> best = null;
            for (Line line : d.lines) {
                line.admit(t);
                Deque<Citizen> q = priority ? line.priority : line.normal;
                while (!q.isEmpty() && q.peekFirst().leaveAt <= t) {
                    Citizen gone = q.pollFirst();
                    cancel(gone, gone.leaveAt);
                }
                if (!q.isEmpty() && (best == null || q.peekFirst().issuedAt < best.peekFirst().issuedAt)) {
                    best = q;
                }
            }
            if (best != null) {
                return best.pollFirst();
            }
        }
        return null;
    }

    private static void cancel(Citizen c, long at) {
        c.status = TicketStatus.CANCELLED;
        c.finishedAt = at;
    }

    private HistoryTicket ticket(Citizen c) {
        boolean called = c.counter != null;
        UUID id = UUID.nameUUIDFromBytes((center.code() + "/" + day + "/" + c.service.code() + "/" + c.number
                + "/" + seed).getBytes(StandardCharsets.UTF_8));
        return new HistoryTicket(id, c.service.id(), c.service.code(), c.number, day, c.priority, c.status,
                instant(c.issuedAt), called ? instant(c.calledAt) : null,
                c.status == TicketStatus.DONE ? instant(c.startedAt) : null, instant(c.finishedAt),
                called ? c.counter.id() : null, called ? c.counter.number() : null);
    }

    private long epoch(LocalTime time) {
        return ZonedDateTime.of(day, time, center.zone()).toEpochSecond();
    }

    private static Instant instant(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }

    private int poisson(double mean) {
        if (mean > 50) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double p = rng.nextDouble();
        int n = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            n++;
        }
        return n;
    }

    /** A lognormal draw whose own mean is {@code mean} and coefficient of variation {@link #SERVICE_TIME_SPREAD}. */
    private static double lognormal(double mean, SplittableRandom rng) {
        double sigma2 = Math.log(1 + SERVICE_TIME_SPREAD * SERVICE_TIME_SPREAD);
        double mu = Math.log(mean) - sigma2 / 2;
        return Math.exp(mu + Math.sqrt(sigma2) * rng.nextGaussian());
    }
}
