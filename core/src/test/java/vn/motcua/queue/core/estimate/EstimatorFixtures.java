package vn.motcua.queue.core.estimate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.motcua.queue.core.calling.PriorityMode;
import vn.motcua.queue.core.calling.ProfileEntry;
import vn.motcua.queue.core.calling.ServiceRule;
import vn.motcua.queue.core.calling.WaitingTicket;
import vn.motcua.queue.core.ticket.Priority;

/** Snapshots for the estimator's benchmark and equivalence test, from a seed. */
final class EstimatorFixtures {

    static final Instant NOW = Instant.parse("2024-05-02T03:30:00Z"); // 10:30 in Vietnam

    private static final Priority[] PRIORITIES = {Priority.ELDERLY, Priority.DISABLED, Priority.PREGNANT};

    private EstimatorFixtures() {
    }

    /**
     * A busy one-stop center: 9 services (STRICT and ALTERNATE 3), 12 open counters with 1-2 services each
     * (8 busy, 4 idle), {@code n} waiting tickets issued over the last 2 hours at microsecond precision,
     * about 10 % priority, 3 % transferred to the front of another service, 2 % rejoined after a no-show.
     */
    static QueueSnapshot busyCenter(long seed, int n) {
        Random r = new Random(seed);
        String[] codes = {"HT", "CT", "DD", "XD", "KD", "LD", "TP", "BH", "GT"};
        int[] targets = {15, 10, 20, 30, 15, 20, 15, 15, 20};
        int[] means = {8, 4, 15, 18, 10, 9, 7, 6, 12};
        double[] share = {0.22, 0.20, 0.12, 0.06, 0.10, 0.08, 0.08, 0.08, 0.06};
        Map<String, ServiceRule> services = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            PriorityMode mode = i % 2 == 0 ? PriorityMode.STRICT : new PriorityMode.Alternate(3);
            services.put(codes[i], new ServiceRule(codes[i], Duration.ofMinutes(targets[i]), mode,
                    Duration.ofSeconds(means[i] * 60L + r.nextInt(60))));
        }
        String[][] profiles = {{"HT"}, {"HT", "CT"}, {"CT"}, {"CT", "TP"}, {"DD"}, {"DD", "XD"}, {"KD"},
                {"KD", "LD"}, {"LD", "BH"}, {"TP", "HT"}, {"BH", "GT"}, {"GT", "DD"}};
        List<CounterSnapshot> counters = new ArrayList<>();
        for (int i = 0; i < profiles.length; i++) {
            List<ProfileEntry> profile = new ArrayList<>();
            for (int j = 0; j < profiles[i].length; j++) {
                profile.add(new ProfileEntry(profiles[i][j], j == 0 ? 1.0 : 0.5 + r.nextInt(3) * 0.25));
            }
            Instant freeAt = i % 3 == 2 ? NOW.minusSeconds(r.nextInt(300))
                    : NOW.plusSeconds(30 + r.nextInt(600)).plusNanos(r.nextInt(1_000_000) * 1000L);
            counters.add(new CounterSnapshot("Q" + (i + 1), profile, freeAt));
        }
        Map<String, List<WaitingTicket>> waiting = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (int k = 0; k < n; k++) {
            String service = pick(r, codes, share);
            long ageMicros = (long) (r.nextDouble() * 120 * 60 * 1_000_000L);
            Instant issued = NOW.minusNanos(ageMicros * 1000);
            Priority priority = r.nextDouble() < 0.10 ? PRIORITIES[r.nextInt(PRIORITIES.length)] : Priority.NONE;
            double kind = r.nextDouble();
            Instant queued = issued;
            boolean front = false;
            if (kind < 0.03) { // transferred here after being served elsewhere
                front = true;
                queued = issued.plus(Duration.between(issued, NOW).multipliedBy(1 + r.nextInt(9)).dividedBy(10));
            } else if (kind < 0.05) { // rejoined the line after a no-show
                queued = issued.plus(Duration.between(issued, NOW).dividedBy(2));
            }
            int number = numbers.merge(service, 1, Integer::sum);
            String id = String.format("%s%03d-%d", service, number, k);
            waiting.computeIfAbsent(service, x -> new ArrayList<>())
                    .add(new WaitingTicket(id, service, priority, issued, queued, front));
        }
        for (List<WaitingTicket> line : waiting.values()) {
            java.util.Collections.shuffle(line, r); // the snapshot's lines come in any order
        }
        Map<String, Integer> streaks = new HashMap<>();
        for (String code : codes) {
            streaks.put(code, r.nextInt(4));
        }
        return new QueueSnapshot(NOW, services, waiting, streaks, counters);
    }

    /**
     * A small random center for the equivalence test, with the awkward cases on purpose: ties in issue and
     * queue times (whole minutes) and within one millisecond, duplicate ids, zero and sub-millisecond mean
     * service times and targets, lines that no counter serves or whose service is unknown, counters that
     * list a service twice or an unknown one, busy and idle counters, tickets issued after "now".
     */
    static QueueSnapshot random(Random r) {
        int nServices = 1 + r.nextInt(5);
        boolean coarse = r.nextBoolean(); // whole minutes: many exact ties
        int grain = r.nextBoolean() ? 1 : 10; // with 10, many tickets of different lines issued together
        Map<String, ServiceRule> services = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < nServices; i++) {
            String code = String.valueOf((char) ('A' + i));
            codes.add(code);
            Duration target = r.nextInt(20) == 0 ? Duration.ofNanos(1 + r.nextInt(900_000))
                    : Duration.ofMinutes(coarse ? 5 * (1 + r.nextInt(4)) : 1 + r.nextInt(30));
            PriorityMode mode = r.nextBoolean() ? PriorityMode.STRICT : new PriorityMode.Alternate(1 + r.nextInt(3));
            Duration mean = switch (r.nextInt(10)) {
                case 0 -> Duration.ZERO;
                case 1 -> Duration.ofNanos(r.nextInt(2_000_000));
                default -> coarse ? Duration.ofMinutes(1 + r.nextInt(15))
                        : Duration.ofMillis(30_000 + r.nextInt(900_000)).plusNanos(r.nextInt(1_000_000));
            };
            services.put(code, new ServiceRule(code, target, mode, mean));
        }
        List<String> lineCodes = new ArrayList<>(codes);
        if (r.nextInt(4) == 0) {
            lineCodes.add("Z"); // tickets of a service the snapshot does not know
        }
        int nCounters = r.nextInt(5);
        List<CounterSnapshot> counters = new ArrayList<>();
        for (int i = 0; i < nCounters; i++) {
            List<ProfileEntry> profile = new ArrayList<>();
            int size = 1 + r.nextInt(3);
            for (int j = 0; j < size; j++) {
                String code = r.nextInt(12) == 0 ? "Y" : codes.get(r.nextInt(codes.size()));
                double weight = r.nextInt(3) == 0 ? 0.25 + r.nextInt(8) * 0.25 : 1.0;
                profile.add(new ProfileEntry(code, weight));
            }
            Instant freeAt = switch (r.nextInt(3)) {
                case 0 -> NOW;
                case 1 -> NOW.minusSeconds(r.nextInt(600));
                default -> coarse ? NOW.plus(Duration.ofMinutes(r.nextInt(10)))
                        : NOW.plusMillis(r.nextInt(600_000)).plusNanos(r.nextInt(1_000_000));
            };
            String id = r.nextInt(10) == 0 && i > 0 ? "C" + (i - 1) : "C" + i; // sometimes a duplicate id
            counters.add(new CounterSnapshot(id, profile, freeAt));
        }
        int n = r.nextInt(4) == 0 ? r.nextInt(4) : r.nextInt(r.nextBoolean() ? 15 : 70);
        double priorityShare = r.nextInt(3) == 0 ? 0.5 : 0.1;
        Map<String, List<WaitingTicket>> waiting = new HashMap<>();
        List<WaitingTicket> all = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String service = lineCodes.get(r.nextInt(lineCodes.size()));
            Instant issued;
            if (coarse) {
                issued = NOW.minus(Duration.ofMinutes(grain * r.nextInt(90 / grain)));
            } else if (r.nextInt(8) == 0 && !all.isEmpty()) { // within a millisecond of another ticket
                issued = all.get(r.nextInt(all.size())).issuedAt().plusNanos(r.nextInt(1_000_000) - 500_000);
            } else {
                issued = NOW.minusMillis(r.nextInt(90 * 60_000)).minusNanos(r.nextInt(1_000_000));
            }
            if (r.nextInt(40) == 0) {
                issued = NOW.plusSeconds(r.nextInt(120)); // clock skew: issued after now
            }
            Priority priority = r.nextDouble() < priorityShare ? PRIORITIES[r.nextInt(PRIORITIES.length)]
                    : Priority.NONE;
            Instant queued = issued;
            boolean front = false;
            int kind = r.nextInt(12);
            if (kind == 0) {
                front = true;
                queued = coarse ? issued.plus(Duration.ofMinutes(r.nextInt(30))) : issued.plusMillis(r.nextInt(1_800_000));
            } else if (kind == 1) {
                queued = issued.plus(Duration.ofMinutes(r.nextInt(30)));
            }
            String id = r.nextInt(30) == 0 && !all.isEmpty() ? all.get(r.nextInt(all.size())).id()
                    : service + String.format("%03d", k);
            WaitingTicket t = new WaitingTicket(id, service, priority, issued, queued, front);
            if (r.nextInt(30) == 0 && !all.isEmpty() && all.get(all.size() - 1).service().equals(service)) {
                t = all.get(all.size() - 1); // the very same ticket twice
            }
            all.add(t);
            waiting.computeIfAbsent(service, x -> new ArrayList<>()).add(t);
        }
        if (r.nextInt(10) == 0) {
            waiting.put(codes.get(0), waiting.getOrDefault(codes.get(0), new ArrayList<>()));
        }
        Map<String, Integer> streaks = new HashMap<>();
        for (String code : codes) {
            if (r.nextBoolean()) {
                streaks.put(code, r.nextInt(5));
            }
        }
        return new QueueSnapshot(NOW, services, waiting, streaks, counters);
    }

    private static String pick(Random r, String[] codes, double[] share) {
        double x = r.nextDouble();
        for (int i = 0; i < codes.length; i++) {
            x -= share[i];
            if (x < 0) {
                return codes[i];
            }
        }
        return codes[codes.length - 1];
    }
}
