package vn.motcua.queue.core.calling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.core.ticket.Priority;

/**
 * {@link ServiceQueue#candidates}: every calling policy chooses the same ticket from the five candidates of each
 * line as from the whole lines. Random situations mix late and overdue tickets with in-time ones, priority
 * tickets of several kinds, transferred tickets (front of the line, issued long before) and rejoined tickets
 * (queued after younger ones), with times in whole milliseconds as the backend records them.
 */
class LineCandidatesTest {

    private static final Instant OPEN = Instant.parse("2024-05-02T01:00:00Z");
    private static final Priority[] PRIORITIES = Priority.values();

    @Test
    void everyPolicyChoosesTheSameFromTheCandidatesAsFromTheWholeLines() {
        Random random = new Random(20261130);
        int compared = 0;
        int differentFromHead = 0;
        for (int round = 0; round < 4000; round++) {
            Instant now = OPEN.plusMillis(60_000L * 60 + random.nextInt(4 * 3_600_000));
            int services = 1 + random.nextInt(4);
            List<ServiceQueue> whole = new ArrayList<>();
            List<ServiceQueue> reduced = new ArrayList<>();
            for (int s = 0; s < services; s++) {
                ServiceRule rule = rule(random, "S" + s);
                List<WaitingTicket> line = line(random, rule.code(), now, rule.targetWait());
                double weight = 0.5 + random.nextInt(4);
                int streak = random.nextInt(4);
                ServiceQueue full = ServiceQueue.of(rule, weight, line, streak);
                whole.add(full);
                reduced.add(new ServiceQueue(rule, weight,
                        ServiceQueue.candidates(full.tickets(), rule.targetWait(), now), streak));
            }
            for (PolicyKind kind : PolicyKind.values()) {
                for (double cap : new double[] {1.0, 2.0, 3.5}) {
                    CallingPolicy policy = CallingPolicies.of(kind, cap);
                    Optional<WaitingTicket> fromWhole = policy.choose(now, whole);
                    Optional<WaitingTicket> fromCandidates = policy.choose(now, reduced);
                    assertThat(fromCandidates).as("%s in round %d", policy, round).isEqualTo(fromWhole);
                    compared++;
                    if (fromWhole.isPresent() && whole.stream().noneMatch(q -> q.head().equals(fromWhole))) {
                        differentFromHead++;
                    }
                }
            }
        }
        // the situations must reach the rules that look past the heads of the lines (deadline steps, oldest)
        assertThat(compared).isEqualTo(4000 * PolicyKind.values().length * 3);
        assertThat(differentFromHead).isGreaterThan(200);
    }

    @Test
    void candidatesAreTheFirstOfEachKindTheOldestAndTheFirstInTimeInLineOrder() {
        Instant now = OPEN.plus(Duration.ofMinutes(60));
        WaitingTicket rejoined = new WaitingTicket("r", "A", Priority.NONE, OPEN, OPEN.plus(Duration.ofMinutes(50)), false);
        WaitingTicket transferred = new WaitingTicket("t", "A", Priority.NONE, OPEN.plus(Duration.ofMinutes(10)),
                OPEN.plus(Duration.ofMinutes(55)), true);
        WaitingTicket late1 = WaitingTicket.issued("l1", "A", Priority.NONE, OPEN.plus(Duration.ofMinutes(20)));
        WaitingTicket late2 = WaitingTicket.issued("l2", "A", Priority.NONE, OPEN.plus(Duration.ofMinutes(30)));
        WaitingTicket elderly = WaitingTicket.issued("e", "A", Priority.ELDERLY, OPEN.plus(Duration.ofMinutes(35)));
        WaitingTicket inTime = WaitingTicket.issued("i", "A", Priority.NONE, OPEN.plus(Duration.ofMinutes(46)));
        WaitingTicket merit = WaitingTicket.issued("m", "A", Priority.MERIT, OPEN.plus(Duration.ofMinutes(48)));
        WaitingTicket young = WaitingTicket.issued("y", "A", Priority.NONE, OPEN.plus(Duration.ofMinutes(52)));
        ServiceQueue q = ServiceQueue.of(new ServiceRule("A", Duration.ofMinutes(15), PriorityMode.STRICT,
                Duration.ofMinutes(10)), 1, List.of(young, merit, inTime, elderly, late2, late1, rejoined, transferred), 0);

        assertThat(ServiceQueue.candidates(q.tickets(), Duration.ofMinutes(15), now))
                .extracting(WaitingTicket::id)
                // t: first normal (front); e: first priority; r: oldest; i: first normal in time; m: first priority
                // in time. l1, l2 and y are never needed.
                .containsExactly("t", "e", "i", "m", "r");
    }

    private static ServiceRule rule(Random random, String code) {
        Duration target = Duration.ofMinutes(new int[] {10, 15, 15, 30}[random.nextInt(4)]);
        PriorityMode mode = random.nextBoolean() ? PriorityMode.STRICT : new PriorityMode.Alternate(1 + random.nextInt(3));
        return new ServiceRule(code, target, mode, Duration.ofMinutes(5 + random.nextInt(15)));
    }

    /** 0-40 tickets issued over the last few targets; some priority, some transferred, some rejoined. */
    private static List<WaitingTicket> line(Random random, String service, Instant now, Duration target) {
        int n = random.nextInt(6) == 0 ? 0 : random.nextInt(40);
        long span = target.toMillis() * (1 + random.nextInt(5));
        List<WaitingTicket> tickets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // coarse times so that equal waits (ties) happen
            long step = random.nextBoolean() ? 60_000 : 1_000;
            Instant issued = now.minusMillis(random.nextLong(span / step + 1) * step
                    + (random.nextInt(3) == 0 ? random.nextInt(1000) : 0));
            Priority priority = random.nextInt(4) == 0 ? PRIORITIES[1 + random.nextInt(PRIORITIES.length - 1)] : Priority.NONE;
            Instant queued = issued;
            boolean front = false;
            int kind = random.nextInt(12);
            if (kind == 0) {
                front = true; // transferred in: queued at the transfer, waits counted from the first issue
                queued = issued.plusMillis(random.nextLong(Math.max(1, Duration.between(issued, now).toMillis())));
            } else if (kind == 1) {
                queued = issued.plusMillis(random.nextLong(Math.max(1, Duration.between(issued, now).toMillis())));
            }
            tickets.add(new WaitingTicket(service + "-" + i, service, priority, issued, queued, front));
        }
        return tickets;
    }
}
