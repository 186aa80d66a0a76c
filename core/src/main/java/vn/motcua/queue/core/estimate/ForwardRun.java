package vn.motcua.queue.core.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import vn.motcua.queue.core.calling.CallingPolicy;
import vn.motcua.queue.core.calling.DeadlinePolicy;
import vn.motcua.queue.core.calling.FifoPolicy;
import vn.motcua.queue.core.calling.PriorityFifoPolicy;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.core.calling.ServiceOrderPolicy;
import vn.motcua.queue.core.calling.ServiceQueue;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.TargetAwarePolicy;
import vn.motcua.queue.core.calling.WaitingTicket;

/**
 * The run forward of {@link WaitEstimator} for the core's own five policies, decision for decision the same
 * as calling {@link CallingPolicy#choose} on {@link ServiceQueue}s at every step, but without rescanning the
 * lines: each line keeps its tickets in line order with removal by index, pointers to its first ticket, first
 * priority, first normal and (DEADLINE) first in-time ticket, which only move forward (tickets leave, and
 * a late ticket stays late because the run's clock never goes back), and its tickets by issue time for the
 * longest wait. A step costs O(1) amortized per service of the counter instead of O(waiting tickets).
 *
 * <p>A line can carry an <em>extra</em> ticket after its last one: the new-ticket probe. {@link #shared} runs
 * the base state once and, at every step of a counter serving a probed service, asks the policy what it
 * would choose with the probe in that line. While the answer is the base run's choice, the run with the
 * probe is the base run; the first time it is the probe, that is the probe's call time; if it is a third
 * ticket (DEADLINE: the probe can take the line-right of a priority head under ALTERNATE), the service is
 * reported as diverged and the caller runs it on its own.
 *
 * <p>Keep in step with the policies: if a policy's rule changes, change its {@code choose*} here;
 * {@code WaitEstimatorEquivalenceTest} compares this with the policies themselves and with a frozen copy of
 * the original estimator.
 */
final class ForwardRun {

    private enum Rule { FIFO, SERVICE_ORDER, TARGET_AWARE, DEADLINE, PRIORITY_FIFO }

    private static final long NONE = -1;

    private static final Comparator<WaitingTicket> OLDEST = Comparator
            .comparing(WaitingTicket::queuedAt).thenComparing(WaitingTicket::id);

    private final Rule rule;
    private final double cap;
    private final double horizon;
    private final double serviceTimeWeight;
    private final Line[] lines;
    private final Map<String, Line> byCode;
    private final Counter[] counters;
    private final PriorityQueue<Free> free = new PriorityQueue<>(
            Comparator.comparing(Free::at).thenComparing(Free::id));
    private int remaining;

    private ForwardRun(Rule rule, CallingPolicy policy, QueueSnapshot snapshot) {
        this.rule = rule;
        if (policy instanceof DeadlinePolicy d) {
            cap = d.cap();
            horizon = d.horizon();
            serviceTimeWeight = d.serviceTimeWeight();
        } else {
            cap = horizon = serviceTimeWeight = 0;
        }
        byCode = new HashMap<>();
        List<Line> all = new ArrayList<>();
        for (var entry : snapshot.waiting().entrySet()) {
            Line line = new Line(all.size(), entry.getKey(), snapshot.services().get(entry.getKey()),
                    entry.getValue(), snapshot.streaks().getOrDefault(entry.getKey(), 0), rule);
            all.add(line);
            byCode.put(entry.getKey(), line);
            remaining += line.m;
        }
        for (var entry : snapshot.services().entrySet()) {
            if (!byCode.containsKey(entry.getKey())) {
                Line line = new Line(all.size(), entry.getKey(), entry.getValue(), List.of(),
                        snapshot.streaks().getOrDefault(entry.getKey(), 0), rule);
                all.add(line);
                byCode.put(entry.getKey(), line);
            }
        }
        lines = all.toArray(new Line[0]);
        counters = new Counter[snapshot.counters().size()];
        int k = 0;
        for (CounterSnapshot c : snapshot.counters()) {
            List<Line> queues = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            for (ProfileEntry entry : c.profile()) {
                if (snapshot.services().get(entry.service()) == null) {
                    continue;
                }
                queues.add(byCode.get(entry.service()));
                weights.add(entry.weight());
            }
            counters[k] = new Counter(c.id(), queues.toArray(new Line[0]),
                    weights.stream().mapToDouble(Double::doubleValue).toArray());
            Instant at = c.freeAt().isBefore(snapshot.now()) ? snapshot.now() : c.freeAt();
            free.add(new Free(k, c.id(), at));
            k++;
        }
    }

    /**
     * A run for {@code policy} on {@code snapshot}, or null when the fast run does not apply and the caller
     * must use the generic one: another policy, a negative mean service time (the clock would go back), or
     * a ticket filed under another service's line.
     */
    static ForwardRun prepare(CallingPolicy policy, QueueSnapshot snapshot) {
        Rule rule = ruleOf(policy);
        if (rule == null) {
            return null;
        }
        for (ServiceRule r : snapshot.services().values()) {
            if (r == null || r.meanServiceTime().isNegative()) {
                return null;
            }
        }
        for (var entry : snapshot.waiting().entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null) {
                return null;
            }
            for (WaitingTicket t : entry.getValue()) {
                if (t == null || !t.service().equals(entry.getKey())) {
                    return null;
                }
            }
        }
        return new ForwardRun(rule, policy, snapshot);
    }

    private static Rule ruleOf(CallingPolicy policy) {
        // the policy classes are final: an exact class is exactly that rule
        if (policy == null) {
            return null;
        }
        Class<?> c = policy.getClass();
        if (c == DeadlinePolicy.class) {
            return Rule.DEADLINE;
        } else if (c == FifoPolicy.class) {
            return Rule.FIFO;
        } else if (c == TargetAwarePolicy.class) {
            return Rule.TARGET_AWARE;
        } else if (c == ServiceOrderPolicy.class) {
            return Rule.SERVICE_ORDER;
        } else if (c == PriorityFifoPolicy.class) {
            return Rule.PRIORITY_FIFO;
        }
        return null;
    }

    /** The base run: call time of every waiting ticket some open counter reaches. Use once. */
    Map<String, Instant> callTimes() {
        Map<String, Instant> called = new HashMap<>();
        loop(called, null, null, null);
        return called;
    }

    /** The run with {@code probe} at the end of its service's line: when it is called, or null. Use once. */
    Instant probeCallTime(WaitingTicket probe) {
        Line line = byCode.get(probe.service());
        line.extra = probe;
        remaining++;
        return loop(null, line, null, null);
    }

    /** The outcome of {@link #shared}. */
    record Shared(Map<String, Instant> callTimes, Map<String, Instant> probeTimes, Set<String> diverged) {
    }

    /**
     * The base run, and for each probe (by service, each in its own line) its call time in the run with that
     * probe alone, where that run provably follows the base run until the probe is called. Services whose
     * probe changes another decision are in {@code diverged}: run them with {@link #probeCallTime}. Services
     * in neither map are not reached (no estimate). Use once.
     */
    Shared shared(Map<String, WaitingTicket> probes) {
        Map<Line, WaitingTicket> pending = new LinkedHashMap<>();
        probes.forEach((service, probe) -> pending.put(byCode.get(service), probe));
        Map<String, Instant> called = new HashMap<>();
        Map<String, Instant> probeTimes = new HashMap<>();
        Set<String> diverged = new java.util.HashSet<>();
        loop(called, null, pending, new Outcome(probeTimes, diverged));
        if (remaining == 0) {
            // every ticket is called: a run with a probe goes on, each next free counter either takes the
            // probe or has nothing to do and stops
            while (!pending.isEmpty() && !free.isEmpty()) {
                Free next = free.poll();
                checkProbes(counters[next.counter()], next.at(), NONE, pending, probeTimes, diverged);
            }
        }
        return new Shared(called, probeTimes, diverged);
    }

    private record Outcome(Map<String, Instant> probeTimes, Set<String> diverged) {
    }

    private Instant loop(Map<String, Instant> called, Line probeLine, Map<Line, WaitingTicket> pending,
                         Outcome outcome) {
        while (remaining > 0 && !free.isEmpty()) {
            Free next = free.poll();
            Counter counter = counters[next.counter()];
            Instant now = next.at();
            long choice = choose(counter, now);
            if (pending != null && !pending.isEmpty()) {
                checkProbes(counter, now, choice, pending, outcome.probeTimes(), outcome.diverged());
            }
            if (choice == NONE) {
                continue; // with no arrivals this counter has nothing more to do
            }
            Line line = lines[(int) (choice >>> 32)];
            int index = (int) choice;
            if (index == line.m) {
                return now; // the probe (only in a probe run)
            }
            WaitingTicket ticket = line.t[index];
            line.remove(index);
            remaining--;
            if (called != null) {
                called.put(ticket.id(), now);
            }
            line.streak = ticket.priority().isPriority() ? 0 : line.streak + 1;
            free.add(new Free(next.counter(), next.id(), now.plus(line.rule.meanServiceTime())));
        }
        return null;
    }

    private void checkProbes(Counter counter, Instant now, long baseChoice, Map<Line, WaitingTicket> pending,
                             Map<String, Instant> probeTimes, Set<String> diverged) {
        Line[] queues = counter.lines();
        for (int i = 0; i < queues.length; i++) {
            Line line = queues[i];
            WaitingTicket probe = pending.get(line);
            if (probe == null) {
                continue; // not probed, already settled, or the same line listed twice
            }
            line.extra = probe;
            long choice = choose(counter, now);
            line.extra = null;
            if (choice == encode(line, line.m)) {
                probeTimes.put(line.code, now);
                pending.remove(line);
            } else if (choice != baseChoice) {
                diverged.add(line.code);
                pending.remove(line);
            }
        }
    }

    private static long encode(Line line, int index) {
        return ((long) line.no << 32) | index;
    }

    // ---- the policies, over lines --------------------------------------------------------------------

    private long choose(Counter c, Instant now) {
        return switch (rule) {
            case FIFO -> chooseFifo(c, now);
            case SERVICE_ORDER -> chooseServiceOrder(c);
            case TARGET_AWARE -> chooseTargetAware(c, now);
            case DEADLINE -> chooseDeadline(c, now);
            case PRIORITY_FIFO -> choosePriorityFifo(c);
        };
    }

    /** {@link FifoPolicy}: the line whose longest-waiting ticket waited longest, first in profile order. */
    private long chooseFifo(Counter c, Instant now) {
        Line best = null;
        Duration bestWait = null;
        for (Line q : c.lines()) {
            if (q.isEmpty()) {
                continue;
            }
            Duration wait = q.longestWait(now);
            if (best == null || wait.compareTo(bestWait) > 0) {
                best = q;
                bestWait = wait;
            }
        }
        return best == null ? NONE : encode(best, best.head());
    }

    /** {@link ServiceOrderPolicy}: the first line of the profile with tickets. */
    private long chooseServiceOrder(Counter c) {
        for (Line q : c.lines()) {
            if (!q.isEmpty()) {
                return encode(q, q.head());
            }
        }
        return NONE;
    }

    /** {@link TargetAwarePolicy}: the highest longest wait / target x weight. */
    private long chooseTargetAware(Counter c, Instant now) {
        Line best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Line[] queues = c.lines();
        for (int i = 0; i < queues.length; i++) {
            Line q = queues[i];
            if (q.isEmpty()) {
                continue;
            }
            double score = (double) q.longestWait(now).toMillis() / q.rule.targetWait().toMillis() * c.weights()[i];
            if (best == null || score > bestScore) {
                best = q;
                bestScore = score;
            }
        }
        return best == null ? NONE : encode(best, best.head());
    }

    /** {@link PriorityFifoPolicy}: oldest transferred, else oldest priority, else oldest ticket. */
    private long choosePriorityFifo(Counter c) {
        Line frontLine = null;
        int front = -1;
        Line priorityLine = null;
        int priority = -1;
        Line anyLine = null;
        int any = -1;
        for (Line q : c.lines()) {
            int f = q.oldestFront();
            if (f >= 0 && (front < 0 || OLDEST.compare(q.ticket(f), frontLine.ticket(front)) < 0)) {
                front = f;
                frontLine = q;
            }
            int p = q.oldestPriority();
            if (p >= 0 && (priority < 0 || OLDEST.compare(q.ticket(p), priorityLine.ticket(priority)) < 0)) {
                priority = p;
                priorityLine = q;
            }
            int a = q.oldestAny();
            if (a >= 0 && (any < 0 || OLDEST.compare(q.ticket(a), anyLine.ticket(any)) < 0)) {
                any = a;
                anyLine = q;
            }
        }
        return front >= 0 ? encode(frontLine, front) : priority >= 0 ? encode(priorityLine, priority)
                : any >= 0 ? encode(anyLine, any) : NONE;
    }

    /** {@link DeadlinePolicy}: overdue, line rights, urgent, late, in time (see there). */
    private long chooseDeadline(Counter c, Instant now) {
        Line overdueLine = null;
        int overdue = -1;
        long overdueWaited = 0;
        Line entitledLine = null;
        int entitled = -1;
        long entitledWaited = 0;
        Line urgentLine = null;
        int urgent = -1;
        long urgentRank = 0;
        Line inTimeLine = null;
        int inTime = -1;
        long inTimeSpare = 0;
        Line lateLine = null;
        int late = -1;
        long lateWaited = 0;
        for (Line q : c.lines()) {
            if (q.isEmpty()) {
                continue;
            }
            long target = q.targetMillis;
            long capMillis = (long) (cap * target);
            int head = q.head();
            WaitingTicket headTicket = q.ticket(head);
            if (hasLineRight(headTicket)) {
                long waited = waited(headTicket, now);
                if (entitled < 0 || waited > entitledWaited) {
                    entitled = head;
                    entitledLine = q;
                    entitledWaited = waited;
                }
            }
            // the longest-waiting ticket of the line (first in line order among equals) is its candidate
            // for overdue or late: any other overdue or late ticket of the line waited less
            int oldest = q.oldestGroup(now);
            long waited = q.groupWaited;
            if (waited > capMillis) {
                if (overdue < 0 || waited > overdueWaited) {
                    overdue = oldest;
                    overdueLine = q;
                    overdueWaited = waited;
                }
            } else if (waited > target) {
                if (late < 0 || waited > lateWaited) {
                    late = oldest;
                    lateLine = q;
                    lateWaited = waited;
                }
            }
            int offered = q.firstInTime(now);
            if (offered >= 0) {
                long spare = target - waited(q.ticket(offered), now);
                long rank = spare + Math.round(serviceTimeWeight * q.rule.meanServiceTime().toMillis());
                if (inTime < 0 || spare < inTimeSpare) {
                    inTime = offered;
                    inTimeLine = q;
                    inTimeSpare = spare;
                }
                if (spare <= horizon * target && (urgent < 0 || rank < urgentRank)) {
                    urgent = offered;
                    urgentLine = q;
                    urgentRank = rank;
                }
            }
        }
        if (overdue >= 0) {
            int head = overdueLine.head();
            return encode(overdueLine, hasLineRight(overdueLine.ticket(head)) ? head : overdue);
        }
        return entitled >= 0 ? encode(entitledLine, entitled)
                : urgent >= 0 ? encode(urgentLine, urgent)
                : late >= 0 ? encode(lateLine, late)
                : inTime >= 0 ? encode(inTimeLine, inTime)
                : NONE;
    }

    private static boolean hasLineRight(WaitingTicket head) {
        return head.front() || head.priority().isPriority();
    }

    /**
     * Exactly {@code t.waited(now).toMillis()}, without a Duration: it runs for every ticket a run looks at, and on a
     * long line those Durations were, by type, the largest part of what the estimator allocated.
     */
    static long waited(WaitingTicket t, Instant now) {
        Instant issued = t.issuedAt();
        long nanos = (now.getEpochSecond() - issued.getEpochSecond()) * 1_000_000_000L
                + (now.getNano() - issued.getNano());
        return nanos <= 0 ? 0 : nanos / 1_000_000L;
    }

    // ---- lines -----------------------------------------------------------------------------------------

    private record Counter(String id, Line[] lines, double[] weights) {
    }

    private record Free(int counter, String id, Instant at) {
    }

    /**
     * One service's line: tickets {@code t[0..m)} in line order, removed by index; index {@code m} is the
     * extra ticket when there is one (it comes after every ticket of the line).
     */
    private static final class Line {
        final int no;
        final String code;
        final ServiceRule rule;
        final long targetMillis;
        final WaitingTicket[] t;
        final int m;
        final boolean[] gone;
        int alive;
        int streak;
        WaitingTicket extra;
        long groupWaited;

        // forward-only pointers in line order
        private int first;
        private int firstPriority;
        private int firstNormal;
        private int firstInTime;

        // tickets by issue time (then line order), with "next ticket still in the line" links
        private final int[] byAge;
        private final int[] agePos;
        private final int[] ageNext;

        // PRIORITY_FIFO: tickets by queue time and id (then line order), all / transferred / priority
        private int[] oldestAll;
        private int[] oldestFront;
        private int[] oldestPriority;
        private int pAll;
        private int pFront;
        private int pPriority;

        Line(int no, String code, ServiceRule rule, List<WaitingTicket> tickets, int streak, Rule policy) {
            this.no = no;
            this.code = code;
            this.rule = rule;
            this.targetMillis = rule == null ? 0 : rule.targetWait().toMillis();
            List<WaitingTicket> sorted = new ArrayList<>(tickets);
            sorted.sort(ServiceQueue.LINE_ORDER); // stable, as the original
            this.t = sorted.toArray(new WaitingTicket[0]);
            this.m = t.length;
            this.gone = new boolean[m];
            this.alive = m;
            this.streak = streak;
            Integer[] order = new Integer[m];
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = t[a].issuedAt().compareTo(t[b].issuedAt());
                return c != 0 ? c : Integer.compare(a, b);
            });
            byAge = new int[m];
            agePos = new int[m];
            ageNext = new int[m + 1];
            for (int p = 0; p < m; p++) {
                byAge[p] = order[p];
                agePos[order[p]] = p;
                ageNext[p] = p;
            }
            ageNext[m] = m;
            if (policy == Rule.PRIORITY_FIFO) {
                Integer[] o = new Integer[m];
                for (int i = 0; i < m; i++) {
                    o[i] = i;
                }
                Arrays.sort(o, (a, b) -> {
                    int c = OLDEST.compare(t[a], t[b]);
                    return c != 0 ? c : Integer.compare(a, b);
                });
                oldestAll = Arrays.stream(o).mapToInt(Integer::intValue).toArray();
                oldestFront = Arrays.stream(o).mapToInt(Integer::intValue).filter(i -> t[i].front()).toArray();
                oldestPriority = Arrays.stream(o).mapToInt(Integer::intValue)
                        .filter(i -> t[i].priority().isPriority()).toArray();
            }
        }

        WaitingTicket ticket(int index) {
            return index == m ? extra : t[index];
        }

        boolean isEmpty() {
            return alive == 0 && extra == null;
        }

        void remove(int index) {
            gone[index] = true;
            alive--;
            ageNext[agePos[index]] = agePos[index] + 1;
        }

        private int ageFind(int p) {
            while (ageNext[p] != p) {
                ageNext[p] = ageNext[ageNext[p]];
                p = ageNext[p];
            }
            return p;
        }

        int first() {
            while (first < m && gone[first]) {
                first++;
            }
            return first < m ? first : extra != null ? m : -1;
        }

        int firstPriority() {
            while (firstPriority < m && (gone[firstPriority] || !t[firstPriority].priority().isPriority())) {
                firstPriority++;
            }
            return firstPriority < m ? firstPriority
                    : extra != null && extra.priority().isPriority() ? m : -1;
        }

        int firstNormal() {
            while (firstNormal < m && (gone[firstNormal] || t[firstNormal].priority().isPriority())) {
                firstNormal++;
            }
            return firstNormal < m ? firstNormal
                    : extra != null && !extra.priority().isPriority() ? m : -1;
        }

        /** {@link ServiceQueue#head()}; -1 when empty. */
        int head() {
            int head = first();
            if (head < 0 || ticket(head).front()) {
                return head;
            }
            int priority = firstPriority();
            int normal = firstNormal();
            if (priority < 0 || normal < 0) {
                return head;
            }
            if (rule.priorityMode() instanceof PriorityMode.Alternate alternate) {
                return streak >= alternate.normalsBetween() ? priority : normal;
            }
            return priority;
        }

        /** {@link ServiceQueue#longestWait}. */
        Duration longestWait(Instant now) {
            int p = ageFind(0);
            Instant oldest = p < m ? t[byAge[p]].issuedAt() : null;
            if (extra != null && (oldest == null || extra.issuedAt().isBefore(oldest))) {
                oldest = extra.issuedAt();
            }
            return oldest == null ? Duration.ZERO : Duration.between(oldest, now).isNegative()
                    ? Duration.ZERO : Duration.between(oldest, now);
        }

        /**
         * The ticket that waited longest in whole milliseconds, the first in line order among equals (what
         * a scan in line order with "waited more" keeps), its wait in {@link #groupWaited}; -1 when empty.
         */
        int oldestGroup(Instant now) {
            int best = -1;
            long w = -1;
            int p = ageFind(0);
            if (p < m) {
                best = byAge[p];
                w = waited(t[best], now);
                // later issue times waited no longer; only those in the same millisecond can tie
                for (int q = ageFind(p + 1); q < m; q = ageFind(q + 1)) {
                    int i = byAge[q];
                    if (waited(t[i], now) != w) {
                        break;
                    }
                    if (i < best) {
                        best = i;
                    }
                }
            }
            if (extra != null) {
                long we = waited(extra, now);
                if (best < 0 || we > w) {
                    best = m;
                    w = we;
                }
            }
            groupWaited = w;
            return best;
        }

        /** First ticket in line order that has not missed its target; -1 when none. */
        int firstInTime(Instant now) {
            // a ticket that missed its target stays late: the run's clock only goes forward
            while (firstInTime < m && (gone[firstInTime] || waited(t[firstInTime], now) > targetMillis)) {
                firstInTime++;
            }
            if (firstInTime < m) {
                return firstInTime;
            }
            return extra != null && waited(extra, now) <= targetMillis ? m : -1;
        }

        int oldestAny() {
            while (pAll < oldestAll.length && gone[oldestAll[pAll]]) {
                pAll++;
            }
            return withExtra(pAll < oldestAll.length ? oldestAll[pAll] : -1, extra != null);
        }

        int oldestFront() {
            while (pFront < oldestFront.length && gone[oldestFront[pFront]]) {
                pFront++;
            }
            return withExtra(pFront < oldestFront.length ? oldestFront[pFront] : -1,
                    extra != null && extra.front());
        }

        int oldestPriority() {
            while (pPriority < oldestPriority.length && gone[oldestPriority[pPriority]]) {
                pPriority++;
            }
            return withExtra(pPriority < oldestPriority.length ? oldestPriority[pPriority] : -1,
                    extra != null && extra.priority().isPriority());
        }

        /** The extra comes last in line order: it beats {@code index} only when strictly older. */
        private int withExtra(int index, boolean extraCounts) {
            if (!extraCounts) {
                return index;
            }
            return index < 0 || OLDEST.compare(extra, t[index]) < 0 ? m : index;
        }
    }
}
