package vn.motcua.queue.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.calling.CallingPolicies;
import vn.motcua.queue.core.calling.FifoPolicy;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.ticket.Priority;

class WaitEstimatorTest {

    private static final Instant NOW = Instant.parse("2024-05-02T02:00:00Z");
    private static final Duration TEN = Duration.ofMinutes(10);

    private final WaitEstimator fifo = new WaitEstimator(new FifoPolicy());

    private static ServiceRule service(String code, Duration mean) {
        return new ServiceRule(code, Duration.ofMinutes(15), PriorityMode.STRICT, mean);
    }

    private static WaitingTicket ticket(String id, String service, int minutesAgo) {
        return WaitingTicket.issued(id, service, Priority.NONE, NOW.minus(Duration.ofMinutes(minutesAgo)));
    }

    private static CounterSnapshot counter(String id, Instant freeAt, String... services) {
        return new CounterSnapshot(id, Arrays.stream(services).map(s -> new ProfileEntry(s, 1.0)).toList(), freeAt);
    }

    private static QueueSnapshot snapshot(List<ServiceRule> services, List<WaitingTicket> waiting,
                                          CounterSnapshot... counters) {
        Map<String, ServiceRule> byCode = new HashMap<>();
        services.forEach(s -> byCode.put(s.code(), s));
        Map<String, List<WaitingTicket>> lines = new HashMap<>();
        waiting.forEach(t -> lines.computeIfAbsent(t.service(), k -> new java.util.ArrayList<>()).add(t));
        return new QueueSnapshot(NOW, byCode, lines, Map.of(), List.of(counters));
    }

    @Test
    void oneIdleCounterAndThreeTicketsOfTenMinutesWaitZeroTenAndTwenty() {
        QueueSnapshot s = snapshot(List.of(service("A", TEN)),
                List.of(ticket("A003", "A", 1), ticket("A001", "A", 3), ticket("A002", "A", 2)),
                counter("Q1", NOW, "A"));
        assertThat(fifo.waits(s)).containsOnly(
                Map.entry("A001", Duration.ZERO), Map.entry("A002", TEN), Map.entry("A003", Duration.ofMinutes(20)));
    }

    @Test
    void aBusyCounterFirstFinishesItsCurrentCitizen() {
        // the citizen at the counter has been served 4 of the mean 10 minutes: 6 left
        Duration left = WaitEstimator.remaining(TEN, Duration.ofMinutes(4), Duration.ofMinutes(1));
        assertThat(left).isEqualTo(Duration.ofMinutes(6));
        QueueSnapshot s = snapshot(List.of(service("A", TEN)),
                List.of(ticket("A001", "A", 3), ticket("A002", "A", 2)), counter("Q1", NOW.plus(left), "A"));
        assertThat(fifo.waits(s)).containsOnly(
                Map.entry("A001", Duration.ofMinutes(6)), Map.entry("A002", Duration.ofMinutes(16)));
    }

    @Test
    void remainingTimeOfAServiceRunningOverItsMeanIsTheFloor() {
        assertThat(WaitEstimator.remaining(TEN, Duration.ofMinutes(14), Duration.ofMinutes(1)))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aCounterFreeInThePastIsFreeNow() {
        QueueSnapshot s = snapshot(List.of(service("A", TEN)), List.of(ticket("A001", "A", 3)),
                counter("Q1", NOW.minus(TEN), "A"));
        assertThat(fifo.waits(s)).containsEntry("A001", Duration.ZERO);
    }

    @Test
    void countersSharedBetweenServicesAreCountedOnceForBoth() {
        // Q1 serves A only, Q2 serves A and B: Q2 takes A002 first (older than B001), so B001 waits a service time
        QueueSnapshot s = snapshot(List.of(service("A", TEN), service("B", Duration.ofMinutes(5))),
                List.of(ticket("A001", "A", 3), ticket("A002", "A", 2), ticket("B001", "B", 1)),
                counter("Q1", NOW, "A"), counter("Q2", NOW, "A", "B"));
        assertThat(fifo.waits(s)).containsOnly(
                Map.entry("A001", Duration.ZERO), Map.entry("A002", Duration.ZERO), Map.entry("B001", TEN));
    }

    @Test
    void eachServiceUsesItsOwnMeanServiceTime() {
        QueueSnapshot s = snapshot(List.of(service("A", Duration.ofMinutes(4)), service("B", TEN)),
                List.of(ticket("A001", "A", 3), ticket("B001", "B", 2), ticket("A002", "A", 1)),
                counter("Q1", NOW, "A", "B"));
        // FIFO by issue time: A001 at 0, B001 at 4, A002 at 4 + 10
        assertThat(fifo.waits(s)).containsOnly(Map.entry("A001", Duration.ZERO),
                Map.entry("B001", Duration.ofMinutes(4)), Map.entry("A002", Duration.ofMinutes(14)));
    }

    @Test
    void aServiceThatNoOpenCounterServesHasNoEstimate() {
        QueueSnapshot s = snapshot(List.of(service("A", TEN), service("B", TEN)),
                List.of(ticket("A001", "A", 3), ticket("B001", "B", 2)), counter("Q1", NOW, "A"));
        assertThat(fifo.waits(s)).containsOnlyKeys("A001");
        assertThat(fifo.newTicketWait(s, "B")).isEmpty();
        assertThat(fifo.newTicketWait(s, "UNKNOWN")).isEmpty();
    }

    @Test
    void newTicketWaitsBehindEveryoneAlreadyInLine() {
        QueueSnapshot s = snapshot(List.of(service("A", TEN)),
                List.of(ticket("A001", "A", 3), ticket("A002", "A", 2)),
                counter("Q1", NOW.plus(Duration.ofMinutes(5)), "A"));
        assertThat(fifo.newTicketWait(s, "A")).contains(Duration.ofMinutes(25));
    }

    @Test
    void newTicketOnAnEmptyLineWithAnIdleCounterWaitsNothing() {
        QueueSnapshot s = snapshot(List.of(service("A", TEN)), List.of(), counter("Q1", NOW, "A"));
        assertThat(fifo.newTicketWait(s, "A")).contains(Duration.ZERO);
    }

    @Test
    void newTicketGoesBehindATicketTakenInTheSameInstantWhateverThePolicy() {
        for (PolicyKind kind : PolicyKind.values()) {
            QueueSnapshot s = snapshot(List.of(service("A", TEN)), List.of(ticket("A001", "A", 0)),
                    counter("Q1", NOW, "A"));
            assertThat(new WaitEstimator(CallingPolicies.of(kind)).newTicketWait(s, "A"))
                    .as(kind.name()).contains(TEN);
        }
    }

    @Test
    void aPriorityCitizenIsToldTheWaitOfAPriorityTicket() {
        // two normal tickets ahead, one counter: a normal citizen waits 20 min, an elderly one (STRICT) none
        QueueSnapshot s = snapshot(List.of(service("A", TEN)), List.of(ticket("A001", "A", 5), ticket("A002", "A", 4)),
                counter("Q1", NOW, "A"));
        assertThat(fifo.newTicketWait(s, "A")).contains(Duration.ofMinutes(20));
        assertThat(fifo.newTicketWait(s, "A", Priority.NONE)).contains(Duration.ofMinutes(20));
        assertThat(fifo.newTicketWait(s, "A", Priority.ELDERLY)).contains(Duration.ZERO);
    }

    @Test
    void theOvertakeAllowanceLengthensOnlyTheWaitOfANewNormalTicket() {
        QueueSnapshot s = snapshot(List.of(service("A", TEN)), List.of(ticket("A001", "A", 5), ticket("A002", "A", 4)),
                counter("Q1", NOW, "A"));
        WaitEstimator allowing = new WaitEstimator(new FifoPolicy(), 0.15);
        assertThat(allowing.newTicketWait(s, "A")).contains(Duration.ofMinutes(23));
        assertThat(allowing.newTicketWait(s, "A", Priority.ELDERLY)).contains(Duration.ZERO);
        assertThat(allowing.waits(s)).isEqualTo(fifo.waits(s));
        assertThatThrownBy(() -> new WaitEstimator(new FifoPolicy(), -0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void priorityTicketsAheadAreCountedAndTheStrictModePutsThemFirst() {
        WaitingTicket elderly = WaitingTicket.issued("A009", "A", Priority.ELDERLY, NOW);
        QueueSnapshot s = snapshot(List.of(service("A", TEN)), List.of(ticket("A001", "A", 5), elderly),
                counter("Q1", NOW, "A"));
        assertThat(fifo.waits(s)).containsOnly(Map.entry("A009", Duration.ZERO), Map.entry("A001", TEN));
    }

    @Test
    void twoCountersHalveTheLine() {
        QueueSnapshot s = snapshot(List.of(service("A", TEN)),
                List.of(ticket("A001", "A", 4), ticket("A002", "A", 3), ticket("A003", "A", 2), ticket("A004", "A", 1)),
                counter("Q1", NOW, "A"), counter("Q2", NOW, "A"));
        assertThat(fifo.newTicketWait(s, "A")).contains(Duration.ofMinutes(20));
    }

    @Test
    void callTimesAreNowPlusTheWaits() {
        QueueSnapshot s = snapshot(List.of(service("A", TEN)),
                List.of(ticket("A001", "A", 3), ticket("A002", "A", 2)), counter("Q1", NOW, "A"));
        assertThat(fifo.callTimes(s)).containsOnly(Map.entry("A001", NOW), Map.entry("A002", NOW.plus(TEN)));
    }
}
