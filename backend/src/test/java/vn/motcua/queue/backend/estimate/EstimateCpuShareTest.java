package vn.motcua.queue.backend.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.queue.backend.center.Center;
import vn.motcua.queue.backend.center.CenterChanges;
import vn.motcua.queue.backend.support.TestCenter;

/**
 * {@code motcua.estimate.max-cpu-share}: after a computation that took t, the next waits t / share. With a tiny
 * share the first estimate is kept although the center changed; once the spacing has passed (here: a share of
 * 1, no spacing, on a second center) a change is seen at once.
 */
@QuarkusTest
@TestProfile(EstimateCpuShareTest.TinyShare.class)
class EstimateCpuShareTest {

    public static class TinyShare implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // any computation (>= 1 µs) is followed by at least 1,000 s without another
            return Map.of("motcua.estimate.max-cpu-share", "0.000000001");
        }
    }

    @Inject
    WaitEstimates estimates;
    @Inject
    CenterChanges changes;

    @Test
    void aCenterIsNotRecomputedSoonerThanItsCostAllows() {
        TestCenter c = TestCenter.create("CPU").service("S", "A").counter(1, "S");
        Long centerId = QuarkusTransaction.requiringNew().call(() -> Center.byCode(c.code).orElseThrow().id);
        c.issue("S").then().statusCode(201);
        WaitEstimates.Estimates first = estimates.of(centerId);
        assertThat(first.version()).isEqualTo(changes.version(centerId));

        c.issue("S").then().statusCode(201);
        c.issue("S").then().statusCode(201);
        assertThat(changes.version(centerId)).as("the center changed").isGreaterThan(first.version());
        WaitEstimates.Estimates later = estimates.of(centerId);
        assertThat(later.version()).as("kept: the spacing after the first run has not passed").isEqualTo(first.version());
        assertThat(later.considered()).hasSize(first.considered().size());
    }
}
