package vn.motcua.queue.backend.stats;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.motcua.queue.backend.center.CounterService;

/**
 * How many counters are planned for each service: every counter is one counter shared among the services of
 * its work profile by weight, so a service gets {@code weight / sum of that counter's weights} of it. The plan is
 * the configured work profiles, whatever a counter's status right now: OPEN, PAUSED and CLOSED are today's
 * moments (every counter is CLOSED at night), not the staffing of the day being planned.
 */
public final class PlannedCounters {

    private PlannedCounters() {
    }

    /** Service id to planned counters, from the work profile lines of a center's counters. */
    public static Map<Long, Double> byService(Collection<CounterService> profiles) {
        Map<Long, Double> totalWeight = new HashMap<>();
        for (CounterService line : profiles) {
            totalWeight.merge(line.counterId, line.weight, Double::sum);
        }
        Map<Long, Double> planned = new HashMap<>();
        for (CounterService line : profiles) {
            planned.merge(line.serviceId, line.weight / totalWeight.get(line.counterId), Double::sum);
        }
        return planned;
    }

    /** How many counters serve at least one service: the sum of every service's share. */
    public static int serving(Collection<CounterService> profiles) {
        return (int) profiles.stream().map(line -> line.counterId).distinct().count();
    }
}
