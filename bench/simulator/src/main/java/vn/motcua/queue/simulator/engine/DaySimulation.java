package vn.motcua.queue.simulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import vn.motcua.queue.core.calling.CallingPolicy;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.estimate.CounterSnapshot;
import vn.motcua.queue.core.estimate.WaitEstimator;
import vn.motcua.queue.core.numbering.ServiceDay;
import vn.motcua.queue.core.numbering.TicketNumbers;
import vn.motcua.queue.core.ticket.TicketAction;
import vn.motcua.queue.simulator.citizens.Citizen;
import vn.motcua.queue.simulator.citizens.CitizenGenerator;
import vn.motcua.queue.simulator.report.CounterUsage;
import vn.motcua.queue.simulator.report.DayResult;
import vn.motcua.queue.simulator.report.TicketOutcome;
import vn.motcua.queue.simulator.scenario.CounterGroup;
import vn.motcua.queue.simulator.scenario.Scenario;
import vn.motcua.queue.simulator.scenario.ServiceSpec;
import vn.motcua.queue.simulator.scenario.TimeWindow;

/**
 * A discrete-event run of one center day on a simulated clock. Clerks call as soon as they are free, through
 * the real calling policy; a called citizen either starts at once or, for a no-show, is recalled and then
 * marked absent after the no-show delay; a served citizen may be transferred to the front of another service.
 * A counter goes on break when its break starts, or when it finishes the citizen it has then. At closing the
 * counters stop calling and every ticket still waiting expires (served citizens are finished).
 */
public final class DaySimulation {

    private final Scenario scenario;
    private final SimulationOptions options;
    private final long seed;
    private final CallingPolicy policy;
    private final WaitEstimator estimator;
    private final SimulatedClock clock;
    private final WaitingLines lines;
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final List<SimCounter> counters = new ArrayList<>();
    private final Map<String, SimTicket> tickets = new HashMap<>();
    private final List<SimTicket> issued = new ArrayList<>();
    private final Map<String, Integer> sequences = new HashMap<>();
    private long nextSeq;
    private boolean closed;

    private DaySimulation(Scenario scenario, SimulationOptions options, long seed) {
        this.scenario = scenario;
        this.options = options;
        this.seed = seed;
        this.policy = options.policy().create();
        this.estimator = new WaitEstimator(policy, options.overtakeAllowance());
        this.clock = new SimulatedClock(scenario.openAt(), scenario.zone());
        this.lines = new WaitingLines(scenario.services().stream().map(ServiceSpec::rule).toList(), options.alpha());
    }

    public static DayResult run(Scenario scenario, SimulationOptions options, long seed) {
        return new DaySimulation(scenario, options, seed).run();
    }

    private DayResult run() {
        for (Citizen c : CitizenGenerator.generate(scenario, seed)) {
            schedule(c.arrival(), Event.Type.ARRIVAL, null, c);
        }
        for (CounterGroup group : scenario.counters()) {
            Duration open = Duration.between(scenario.open(), scenario.close());
            for (TimeWindow b : group.breaks()) {
                open = open.minus(overlapWithOpeningHours(b));
            }
            for (String id : group.counterIds()) {
                SimCounter counter = new SimCounter(id, group.profile(), open, scenario.openAt());
                counters.add(counter);
                for (TimeWindow b : group.breaks()) {
                    schedule(scenario.at(b.from()), Event.Type.BREAK_START, counter, null);
                    schedule(scenario.at(b.to()), Event.Type.BREAK_END, counter, null);
                }
            }
        }
        schedule(scenario.closeAt(), Event.Type.CLOSE, null, null);
        while (!events.isEmpty()) {
            Event e = events.poll();
            clock.advanceTo(e.at());
            handle(e);
        }
        return result();
    }

    private void handle(Event e) {
        switch (e.type()) {
            case ARRIVAL -> arrive(e.citizen());
            case RECALL -> e.counter().current.apply(TicketAction.RECALL);
            case NO_SHOW -> {
                e.counter().current.apply(TicketAction.NO_SHOW);
                release(e.counter());
            }
            case SERVICE_END -> finishService(e.counter());
            case BREAK_START -> startBreak(e.counter());
            case BREAK_END -> endBreak(e.counter());
            case CLOSE -> close();
        }
    }

    private void arrive(Citizen citizen) {
        Instant now = clock.instant();
        String service = citizen.service();
        int sequence = sequences.merge(service, 1, Integer::sum);
        String number = TicketNumbers.format(service, sequence);
        Duration estimate = options.estimates() ? estimate(service, citizen) : null;
        SimTicket ticket = new SimTicket(number, citizen, now, estimate);
        tickets.put(number, ticket);
        issued.add(ticket);
        lines.join(WaitingTicket.issued(number, service, citizen.priority(), now));
        wakeIdleCounters(service);
    }

    /** The wait shown on the ticket: the core's estimator on the state at this instant, before the ticket joins. */
    private Duration estimate(String service, Citizen citizen) {
        Instant now = clock.instant();
        List<CounterSnapshot> open = new ArrayList<>();
        for (SimCounter c : counters) {
            if (closed || c.onBreak) {
                continue;
            }
            Instant freeAt = now;
            if (c.busy()) {
                Duration mean = lines.meanServiceTime(c.currentService);
                freeAt = now.plus(WaitEstimator.remaining(mean, Duration.between(c.calledAt, now),
                        options.remainingFloor()));
            }
            open.add(new CounterSnapshot(c.id, c.profile, freeAt));
        }
        Optional<Duration> wait = estimator.newTicketWait(lines.snapshot(now, open), service, citizen.priority());
        return wait.orElse(null);
    }

    private void wakeIdleCounters(String service) {
        counters.stream()
                .filter(c -> !c.busy() && !c.onBreak && c.serves(service))
                .sorted(Comparator.comparing((SimCounter c) -> c.idleSince).thenComparing(c -> c.id))
                .takeWhile(c -> !lines.isEmpty(service))
                .forEach(this::tryCall);
    }

    private void tryCall(SimCounter counter) {
        if (closed || counter.busy() || counter.onBreak) {
            return;
        }
        Instant now = clock.instant();
        Optional<WaitingTicket> choice = lines.call(policy, now, counter.profile);
        if (choice.isEmpty()) {
            return;
        }
        SimTicket ticket = tickets.get(choice.get().id());
        ticket.apply(TicketAction.CALL);
        if (ticket.firstCallAt == null) {
            ticket.firstCallAt = now;
        }
        counter.current = ticket;
        counter.currentService = ticket.currentService();
        counter.calledAt = now;
        if (ticket.citizen.noShow() && !ticket.transferred) {
            Duration delay = scenario.noShowDelay();
            schedule(now.plus(delay.dividedBy(2)), Event.Type.RECALL, counter, null);
            schedule(now.plus(delay), Event.Type.NO_SHOW, counter, null);
        } else {
            ticket.apply(TicketAction.START);
            counter.startedAt = now;
            schedule(now.plus(ticket.serviceTimeNow()), Event.Type.SERVICE_END, counter, null);
        }
    }

    private void finishService(SimCounter counter) {
        Instant now = clock.instant();
        SimTicket ticket = counter.current;
        lines.observeServiceTime(counter.currentService, Duration.between(counter.startedAt, now));
        if (!ticket.transferred && ticket.citizen.transfers() && !closed) {
            ticket.apply(TicketAction.TRANSFER);
            ticket.transferred = true;
            String target = ticket.citizen.transferTo();
            lines.join(new WaitingTicket(ticket.number, target, ticket.citizen.priority(), ticket.issuedAt, now, true));
            release(counter);
            wakeIdleCounters(target);
        } else {
            ticket.apply(TicketAction.FINISH);
            release(counter);
        }
    }

    private void release(SimCounter counter) {
        Instant now = clock.instant();
        long busy = Duration.between(counter.calledAt, now).toMillis();
        counter.busyMillis += busy;
        counter.busyMillisByService.merge(counter.currentService, busy, Long::sum);
        counter.current = null;
        counter.currentService = null;
        counter.idleSince = now;
        if (counter.pendingBreakEnd != null) {
            counter.onBreak = now.isBefore(counter.pendingBreakEnd);
            counter.pendingBreakEnd = null;
        }
        tryCall(counter);
    }

    private void startBreak(SimCounter counter) {
        if (counter.busy()) {
            counter.pendingBreakEnd = nextBreakEnd(counter);
        } else {
            counter.onBreak = true;
        }
    }

    private Instant nextBreakEnd(SimCounter counter) {
        Instant now = clock.instant();
        return events.stream()
                .filter(e -> e.counter() == counter && e.type() == Event.Type.BREAK_END && !e.at().isBefore(now))
                .map(Event::at).min(Comparator.naturalOrder()).orElse(now);
    }

    private void endBreak(SimCounter counter) {
        counter.onBreak = false;
        counter.pendingBreakEnd = null;
        counter.idleSince = clock.instant();
        tryCall(counter);
    }

    private void close() {
        closed = true;
        for (WaitingTicket w : lines.drain()) {
            tickets.get(w.id()).apply(TicketAction.EXPIRE);
        }
    }

    private void schedule(Instant at, Event.Type type, SimCounter counter, Citizen citizen) {
        events.add(new Event(at, nextSeq++, type, counter, citizen));
    }

    private Duration overlapWithOpeningHours(TimeWindow b) {
        var from = b.from().isBefore(scenario.open()) ? scenario.open() : b.from();
        var to = b.to().isAfter(scenario.close()) ? scenario.close() : b.to();
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    private DayResult result() {
        Instant measureFrom = scenario.openAt().plus(scenario.warmup());
        List<TicketOutcome> outcomes = new ArrayList<>(issued.size());
        for (SimTicket t : issued) {
            ServiceSpec spec = scenario.service(t.citizen.service()).orElseThrow();
            outcomes.add(new TicketOutcome(t.number, t.citizen.service(), t.citizen.priority(), t.issuedAt,
                    t.firstCallAt, t.estimate, spec.targetWait(), t.citizen.noShow(), t.transferred,
                    !t.issuedAt.isBefore(measureFrom)));
        }
        List<CounterUsage> usage = new ArrayList<>();
        for (SimCounter c : counters) {
            Map<String, Duration> byService = new HashMap<>();
            c.busyMillisByService.forEach((s, ms) -> byService.put(s, Duration.ofMillis(ms)));
            usage.add(new CounterUsage(c.id, c.openTime, Duration.ofMillis(c.busyMillis), byService));
        }
        return new DayResult(scenario.name(), options.policy().label(), seed,
                ServiceDay.of(scenario.openAt(), scenario.zone()), scenario.closeAt(), outcomes, usage);
    }
}
