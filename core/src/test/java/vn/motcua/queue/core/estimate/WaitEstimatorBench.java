package vn.motcua.queue.core.estimate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.queue.core.calling.CallingPolicies;
import vn.motcua.queue.core.calling.DeadlinePolicy;
import vn.motcua.queue.core.calling.PolicyKind;
import vn.motcua.queue.core.estimate.reference.RefPolicies;
import vn.motcua.queue.core.estimate.reference.RefWaitEstimator;

/**
 * Micro benchmark of one estimate refresh as the backend does it (no JMH): {@code waits} for every waiting
 * ticket plus the wait of a new ticket for each of the 9 services, on {@link EstimatorFixtures#busyCenter}:
 * the original estimator (frozen copy in {@code estimate.reference}), the same calls on the current one, the
 * shared {@code newTicketWaits}, and {@code estimates} (both from one run).
 * Run after {@code ./mvnw -B -q -pl core,bench/simulator -am test}:
 * <pre>
 * java -cp core/target/classes:core/target/test-classes vn.motcua.queue.core.estimate.WaitEstimatorBench
 * </pre>
 * Prints the median time per refresh of 5 timed batches (each at least ~0.3 s) after a warm-up.
 */
public final class WaitEstimatorBench {

    private static volatile Object sink;

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {50, 200, 500, 1000};
        System.out.printf(Locale.ROOT, "%-10s %6s %22s %22s %22s %22s%n", "policy", "n", "original (reference)",
                "waits+9 newTicketWait", "waits+newTicketWaits", "estimates()");
        for (PolicyKind kind : List.of(PolicyKind.DEADLINE, PolicyKind.FIFO)) {
            WaitEstimator estimator = new WaitEstimator(CallingPolicies.of(kind),
                    WaitEstimator.RECOMMENDED_OVERTAKE_ALLOWANCE);
            RefWaitEstimator original = new RefWaitEstimator(RefPolicies.of(kind, CallingPolicies.DEFAULT_CAP,
                    DeadlinePolicy.DEFAULT_HORIZON, DeadlinePolicy.DEFAULT_SERVICE_TIME_WEIGHT),
                    WaitEstimator.RECOMMENDED_OVERTAKE_ALLOWANCE);
            for (int n : sizes) {
                QueueSnapshot s = EstimatorFixtures.busyCenter(42 + n, n);
                List<String> services = new ArrayList<>(s.services().keySet());
                double before = time(() -> {
                    Map<String, Duration> waits = original.waits(s);
                    List<Object> news = new ArrayList<>();
                    for (String service : services) {
                        news.add(original.newTicketWait(s, service));
                    }
                    return List.of(waits, news);
                });
                double perService = time(() -> {
                    Map<String, Duration> waits = estimator.waits(s);
                    List<Object> news = new ArrayList<>();
                    for (String service : services) {
                        news.add(estimator.newTicketWait(s, service));
                    }
                    return List.of(waits, news);
                });
                double shared = time(() -> List.of(estimator.waits(s), estimator.newTicketWaits(s)));
                double both = time(() -> estimator.estimates(s));
                System.out.printf(Locale.ROOT, "%-10s %6d %19.3f ms %19.3f ms %19.3f ms %19.3f ms%n", kind, n,
                        before, perService, shared, both);
            }
        }
    }

    /** Median milliseconds per call of 5 batches. */
    private static double time(Supplier<Object> work) {
        long warmUntil = System.nanoTime() + 400_000_000L;
        int calls = 0;
        while (System.nanoTime() < warmUntil || calls < 3) {
            sink = work.get();
            calls++;
        }
        double[] batches = new double[5];
        for (int b = 0; b < batches.length; b++) {
            long start = System.nanoTime();
            long end;
            int k = 0;
            do {
                sink = work.get();
                k++;
                end = System.nanoTime();
            } while (end - start < 300_000_000L);
            batches[b] = (end - start) / 1e6 / k;
        }
        java.util.Arrays.sort(batches);
        return batches[batches.length / 2];
    }
}
