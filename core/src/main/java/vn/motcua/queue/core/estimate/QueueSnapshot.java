package vn.motcua.queue.core.estimate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.WaitingTicket;

/**
 * The state of a center that the estimator runs forward from.
 *
 * @param services  every service by code, with its current mean service time
 * @param waiting   waiting tickets by service code (any order)
 * @param streaks   normal tickets called since the last priority ticket, by service (missing = 0)
 * @param counters  the open counters
 */
public record QueueSnapshot(Instant now, Map<String, ServiceRule> services, Map<String, List<WaitingTicket>> waiting,
                            Map<String, Integer> streaks, List<CounterSnapshot> counters) {
}
