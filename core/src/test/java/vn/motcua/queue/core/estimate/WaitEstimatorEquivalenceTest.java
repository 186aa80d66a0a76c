package vn.motcua.queue.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.calling.CallingPolicy;
import vn.motcua.queue.core.calling.DeadlinePolicy;
import vn.motcua.queue.core.calling.FifoPolicy;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.core.calling.PriorityFifoPolicy;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.core.calling.ServiceOrderPolicy;
import vn.motcua.queue.core.calling.ServiceQueue;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.TargetAwarePolicy;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.estimate.reference.RefPolicies;
import vn.motcua.queue.core.estimate.reference.RefWaitEstimator;
import vn.motcua.queue.core.ticket.Priority;

/**
 * The estimator's fast paths ({@link ForwardRun}, the shared {@code newTicketWaits}) against two oracles, on
 * many random snapshots with fixed seeds: the frozen original estimator and policies
 * ({@code estimate.reference}), and the generic run forward that asks the live policy at every step (the
 * policy wrapped so that the estimator does not recognise it).
 */
class WaitEstimatorEquivalenceTest {

    private static final double[][] DEADLINE_SETTINGS = {
            {2.0, DeadlinePolicy.DEFAULT_HORIZON, DeadlinePolicy.DEFAULT_SERVICE_TIME_WEIGHT},
            {1.0, 0.5, 0.5}, {1.5, 0.25, 0.5}, {3.0, 1.0, 0.0}, {2.0, 1.0, 2.0}, {1.25, 0.1, 0.75}};

    private record Case(CallingPolicy live, vn.motcua.queue.core.estimate.reference.RefCallingPolicy reference,
                        String name) {
    }

    private static List<Case> cases(Random r) {
        List<Case> cases = new ArrayList<>();
        for (PolicyKind kind : PolicyKind.values()) {
            if (kind == PolicyKind.DEADLINE) {
                double[] s = DEADLINE_SETTINGS[r.nextInt(DEADLINE_SETTINGS.length)];
                cases.add(new Case(new DeadlinePolicy(s[0], s[1], s[2]), RefPolicies.of(kind, s[0], s[1], s[2]),
                        "DEADLINE " + s[0] + "/" + s[1] + "/" + s[2]));
            } else {
                CallingPolicy live = switch (kind) {
                    case FIFO -> new FifoPolicy();
                    case SERVICE_ORDER -> new ServiceOrderPolicy();
                    case TARGET_AWARE -> new TargetAwarePolicy();
                    case PRIORITY_FIFO -> new PriorityFifoPolicy();
                    default -> throw new AssertionError(kind);
                };
                cases.add(new Case(live, RefPolicies.of(kind, 2, 0.5, 0.5), kind.name()));
            }
        }
        return cases;
    }

    /** The live policy, hidden from the estimator's fast path. */
    private static CallingPolicy generic(CallingPolicy live) {
        return new CallingPolicy() {
            @Override
            public Optional<WaitingTicket> choose(Instant now, List<ServiceQueue> queues) {
                return live.choose(now, queues);
            }

            @Override
            public PolicyKind kind() {
                return live.kind();
            }
        };
    }

    private static void assertSame(QueueSnapshot s, Case c, double allowance, String what) {
        WaitEstimator fast = new WaitEstimator(c.live(), allowance);
        WaitEstimator slow = new WaitEstimator(generic(c.live()), allowance);
        RefWaitEstimator ref = new RefWaitEstimator(c.reference(), allowance);
        assertThat(ForwardRun.prepare(c.live(), s)).as("fast path used").isNotNull();

        Map<String, Duration> waits = ref.waits(s);
        assertThat(fast.waits(s)).as(what + " waits").isEqualTo(waits);
        assertThat(slow.waits(s)).as(what + " generic waits").isEqualTo(waits);
        assertThat(fast.callTimes(s)).as(what + " call times").isEqualTo(ref.callTimes(s));

        List<String> services = new ArrayList<>(s.services().keySet());
        services.add("UNKNOWN");
        for (Priority priority : List.of(Priority.NONE, Priority.ELDERLY)) {
            Map<String, Duration> expected = new LinkedHashMap<>();
            for (String service : services) {
                Optional<Duration> want = ref.newTicketWait(s, service, priority);
                assertThat(fast.newTicketWait(s, service, priority)).as(what + " new " + service + " " + priority)
                        .isEqualTo(want);
                assertThat(slow.newTicketWait(s, service, priority))
                        .as(what + " generic new " + service + " " + priority).isEqualTo(want);
                want.ifPresent(d -> expected.put(service, d));
            }
            assertThat(fast.newTicketWaits(s, priority)).as(what + " newTicketWaits " + priority)
                    .isEqualTo(expected);
            assertThat(slow.newTicketWaits(s, priority)).as(what + " generic newTicketWaits " + priority)
                    .isEqualTo(expected);
            WaitEstimator.Estimates both = fast.estimates(s, priority);
            assertThat(both.waits()).as(what + " estimates waits").isEqualTo(waits);
            assertThat(both.newTicketWaits()).as(what + " estimates new " + priority).isEqualTo(expected);
        }
        assertThat(fast.newTicketWaits(s)).isEqualTo(fast.newTicketWaits(s, Priority.NONE));
    }

    @Test
    void randomSnapshotsGiveExactlyTheOriginalEstimatesForEveryPolicy() {
        for (long seed = 1; seed <= 1500; seed++) {
            Random r = new Random(seed);
            QueueSnapshot s = EstimatorFixtures.random(r);
            double allowance = r.nextBoolean() ? 0 : WaitEstimator.RECOMMENDED_OVERTAKE_ALLOWANCE;
            for (Case c : cases(r)) {
                assertSame(s, c, allowance, "seed " + seed + " " + c.name());
            }
        }
    }

    @Test
    void busyCentersGiveExactlyTheOriginalEstimates() {
        for (int n : new int[] {0, 1, 50, 200, 400}) {
            for (long seed = 1; seed <= 2; seed++) {
                QueueSnapshot s = EstimatorFixtures.busyCenter(seed * 1000 + n, n);
                for (Case c : cases(new Random(seed))) {
                    assertSame(s, c, WaitEstimator.RECOMMENDED_OVERTAKE_ALLOWANCE, "n " + n + " " + c.name());
                }
                for (double[] d : DEADLINE_SETTINGS) {
                    Case c = new Case(new DeadlinePolicy(d[0], d[1], d[2]),
                            RefPolicies.of(PolicyKind.DEADLINE, d[0], d[1], d[2]), "DEADLINE " + d[0]);
                    assertSame(s, c, 0, "n " + n + " " + c.name());
                }
            }
        }
    }

    @Test
    void undersizedCentersWhereManyTicketsAreLateOrOverdue() {
        // one counter for many services: most tickets go past target and cap during the run
        for (long seed = 1; seed <= 40; seed++) {
            QueueSnapshot busy = EstimatorFixtures.busyCenter(seed, 120);
            QueueSnapshot s = new QueueSnapshot(busy.now(), busy.services(), busy.waiting(), busy.streaks(),
                    busy.counters().subList(0, 1 + (int) (seed % 3)));
            for (Case c : cases(new Random(seed))) {
                assertSame(s, c, 0, "seed " + seed + " " + c.name());
            }
        }
    }

    @Test
    void aProbeThatTakesThePlaceOfAPriorityHeadIsRunOnItsOwn() {
        // ALTERNATE 2, streak 0, only priority tickets in A: the new normal ticket becomes A's head and takes
        // away the priority ticket's line right, so DEADLINE calls the urgent B ticket instead: the shared run
        // cannot be used for A, and the estimator must give what the run with the probe gives
        Instant now = EstimatorFixtures.NOW;
        ServiceRule a = new ServiceRule("A", Duration.ofMinutes(15), new PriorityMode.Alternate(2), Duration.ofMinutes(10));
        ServiceRule b = new ServiceRule("B", Duration.ofMinutes(15), PriorityMode.STRICT, Duration.ofMinutes(5));
        Map<String, ServiceRule> services = new LinkedHashMap<>();
        services.put("A", a);
        services.put("B", b);
        Map<String, List<WaitingTicket>> waiting = new HashMap<>();
        waiting.put("A", List.of(WaitingTicket.issued("A001", "A", Priority.ELDERLY, now.minus(Duration.ofMinutes(20)))));
        waiting.put("B", List.of(WaitingTicket.issued("B001", "B", Priority.NONE, now.minus(Duration.ofMinutes(12)))));
        QueueSnapshot s = new QueueSnapshot(now, services, waiting, Map.of(),
                List.of(new CounterSnapshot("Q1", List.of(new ProfileEntry("A", 1), new ProfileEntry("B", 1)), now)));
        DeadlinePolicy deadline = new DeadlinePolicy(2.0);

        Map<String, WaitingTicket> probes = Map.of("A", WaitingTicket.issued("\uffffnew-ticket", "A", Priority.NONE, now));
        assertThat(ForwardRun.prepare(deadline, s).shared(probes).diverged()).containsExactly("A");

        RefWaitEstimator ref = new RefWaitEstimator(RefPolicies.of(PolicyKind.DEADLINE, 2.0, 0.5, 0.5));
        WaitEstimator fast = new WaitEstimator(deadline);
        assertThat(fast.newTicketWaits(s)).containsEntry("A", ref.newTicketWait(s, "A").orElseThrow())
                .containsEntry("B", ref.newTicketWait(s, "B").orElseThrow());
        assertSame(s, new Case(deadline, RefPolicies.of(PolicyKind.DEADLINE, 2.0, 0.5, 0.5), "DEADLINE"), 0, "diverged");
    }

    @Test
    void otherPoliciesTakeTheGenericRun() {
        QueueSnapshot s = EstimatorFixtures.busyCenter(7, 30);
        assertThat(ForwardRun.prepare(generic(new FifoPolicy()), s)).isNull();
        for (Case c : cases(new Random(7))) {
            assertThat(ForwardRun.prepare(c.live(), s)).as(c.name()).isNotNull();
        }
    }
}
