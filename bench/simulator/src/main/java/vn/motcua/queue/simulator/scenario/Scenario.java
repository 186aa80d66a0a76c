package vn.motcua.queue.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A center's day to simulate: opening hours, services with their arrivals, counters with their profiles and
 * breaks. Times are center-local on {@code date} in {@code zone}.
 *
 * @param lastTicket      the kiosk stops issuing tickets here (at the latest at closing)
 * @param warmup          tickets issued in the first {@code warmup} after opening are served but not counted
 *                        (for steady-state checks against Erlang C; zero for a real day)
 * @param noShowDelay     how long a clerk waits for a called citizen before marking a no-show
 * @param seed            the first seed; several seeds run seed, seed+1, ...
 */
public record Scenario(String name, String description, ZoneId zone, LocalDate date, LocalTime open,
                       LocalTime close, LocalTime lastTicket, Duration warmup, Duration noShowDelay, long seed,
                       List<ServiceSpec> services, List<CounterGroup> counters) {

    public Scenario {
        services = List.copyOf(services);
        counters = List.copyOf(counters);
        if (!close.isAfter(open)) {
            throw new IllegalArgumentException("closing time must be after opening time");
        }
        if (lastTicket.isAfter(close) || lastTicket.isBefore(open)) {
            throw new IllegalArgumentException("last ticket time must be within opening hours");
        }
        if (services.isEmpty()) {
            throw new IllegalArgumentException("scenario " + name + " has no service");
        }
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (ServiceSpec s : services) {
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("service " + s.code() + " is defined twice");
            }
        }
        for (CounterGroup g : counters) {
            g.profile().stream().filter(e -> !codes.contains(e.service())).findFirst().ifPresent(e -> {
                throw new IllegalArgumentException("counter " + g.id() + " serves unknown service " + e.service());
            });
        }
        for (ServiceSpec s : services) {
            s.transferTo().stream().filter(t -> !codes.contains(t)).findFirst().ifPresent(t -> {
                throw new IllegalArgumentException("service " + s.code() + " transfers to unknown service " + t);
            });
        }
    }

    public Optional<ServiceSpec> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Instant at(LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    public Instant openAt() {
        return at(open);
    }

    public Instant closeAt() {
        return at(close);
    }

    public int counterCount() {
        return counters.stream().mapToInt(CounterGroup::count).sum();
    }

    public Scenario withCounters(List<CounterGroup> newCounters) {
        return new Scenario(name, description, zone, date, open, close, lastTicket, warmup, noShowDelay, seed,
                services, newCounters);
    }

    public Scenario withServices(List<ServiceSpec> newServices) {
        return new Scenario(name, description, zone, date, open, close, lastTicket, warmup, noShowDelay, seed,
                newServices, counters);
    }

    /** The same scenario with the counts of its counter groups replaced, in group order. */
    public Scenario withCounterCounts(int[] counts) {
        List<CounterGroup> groups = new ArrayList<>(counters.size());
        for (int i = 0; i < counters.size(); i++) {
            groups.add(counters.get(i).withCount(counts[i]));
        }
        return withCounters(groups);
    }
}
