package vn.motcua.queue.core.calling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.queue.core.ticket.Priority;

/** Hand-built queue situations for policy tests: times are minutes after a fixed opening instant. */
final class Situation {

    static final Instant OPEN = Instant.parse("2024-05-02T01:00:00Z"); // 08:00 in Vietnam

    private Situation() {
    }

    static Instant at(int minutes) {
        return OPEN.plus(Duration.ofMinutes(minutes));
    }

    static ServiceRule rule(String code, int targetMinutes) {
        return new ServiceRule(code, Duration.ofMinutes(targetMinutes), PriorityMode.STRICT, Duration.ofMinutes(10));
    }

    static ServiceRule rule(String code, int targetMinutes, PriorityMode mode) {
        return new ServiceRule(code, Duration.ofMinutes(targetMinutes), mode, Duration.ofMinutes(10));
    }

    static WaitingTicket normal(String id, String service, int issuedMinute) {
        return WaitingTicket.issued(id, service, Priority.NONE, at(issuedMinute));
    }

    static WaitingTicket priority(String id, String service, int issuedMinute) {
        return WaitingTicket.issued(id, service, Priority.ELDERLY, at(issuedMinute));
    }

    /** A ticket transferred into {@code service} at {@code transferMinute}, first issued at {@code issuedMinute}. */
    static WaitingTicket transferred(String id, String service, int issuedMinute, int transferMinute) {
        return new WaitingTicket(id, service, Priority.NONE, at(issuedMinute), at(transferMinute), true);
    }

    static ServiceQueue queue(ServiceRule rule, WaitingTicket... tickets) {
        return ServiceQueue.of(rule, 1.0, List.of(tickets), 0);
    }

    static ServiceQueue queue(ServiceRule rule, double weight, WaitingTicket... tickets) {
        return ServiceQueue.of(rule, weight, List.of(tickets), 0);
    }

    static String chosenId(CallingPolicy policy, int nowMinute, ServiceQueue... queues) {
        return policy.choose(at(nowMinute), List.of(queues)).map(WaitingTicket::id).orElse(null);
    }
}
