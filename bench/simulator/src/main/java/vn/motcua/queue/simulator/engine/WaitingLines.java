package vn.motcua.queue.simulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.queue.core.calling.CallingPolicy;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.core.calling.ServiceQueue;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.estimate.CounterSnapshot;
import vn.motcua.queue.core.estimate.QueueSnapshot;
import vn.motcua.queue.core.estimate.ServiceTimeAverage;

/**
 * The center's lines as the backend would hold them: waiting tickets per service, the alternation streak per
 * service and each service's rule with its running mean service time. Calls go through the core's policy.
 */
final class WaitingLines {

    private final Map<String, ServiceRule> rules = new LinkedHashMap<>();
    private final Map<String, List<WaitingTicket>> lines = new HashMap<>();
    private final Map<String, Integer> streaks = new HashMap<>();
    private final double alpha;

    WaitingLines(List<ServiceRule> services, double alpha) {
        for (ServiceRule rule : services) {
            rules.put(rule.code(), rule);
            lines.put(rule.code(), new ArrayList<>());
            streaks.put(rule.code(), 0);
        }
        this.alpha = alpha;
    }

    void join(WaitingTicket ticket) {
        lines.get(ticket.service()).add(ticket);
    }

    boolean isEmpty(String service) {
        return lines.get(service).isEmpty();
    }

    /** Lets {@code policy} choose for a counter with {@code profile}; the chosen ticket leaves its line. */
    Optional<WaitingTicket> call(CallingPolicy policy, Instant now, List<ProfileEntry> profile) {
        List<ServiceQueue> queues = new ArrayList<>(profile.size());
        for (ProfileEntry entry : profile) {
            queues.add(ServiceQueue.of(rules.get(entry.service()), entry.weight(), lines.get(entry.service()),
                    streaks.get(entry.service())));
        }
        Optional<WaitingTicket> choice = policy.choose(now, queues);
        choice.ifPresent(t -> {
            lines.get(t.service()).remove(t);
            streaks.merge(t.service(), 0, (old, zero) -> t.priority().isPriority() ? 0 : old + 1);
        });
        return choice;
    }

    /** Everyone still in line; the lines are empty afterwards. */
    List<WaitingTicket> drain() {
        List<WaitingTicket> all = new ArrayList<>();
        lines.values().forEach(all::addAll);
        lines.values().forEach(List::clear);
        return all;
    }

    Duration meanServiceTime(String service) {
        return rules.get(service).meanServiceTime();
    }

    /** Feeds a finished service into the running mean, as the backend does when a clerk presses finish. */
    void observeServiceTime(String service, Duration observed) {
        ServiceRule rule = rules.get(service);
        rules.put(service, rule.withMeanServiceTime(ServiceTimeAverage.update(rule.meanServiceTime(), observed, alpha)));
    }

    QueueSnapshot snapshot(Instant now, List<CounterSnapshot> openCounters) {
        Map<String, List<WaitingTicket>> copy = new HashMap<>();
        lines.forEach((service, line) -> copy.put(service, List.copyOf(line)));
        return new QueueSnapshot(now, Map.copyOf(rules), copy, Map.copyOf(streaks), openCounters);
    }
}
