package vn.motcua.queue.backend.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * At shutdown the relay's worker stops first; a socket closing or a commit noticed after that must not fail with
 * RejectedExecutionException (it was logged as an ERROR on every stop of the backend).
 */
class EventRelayStopTest {

    @Test
    void workArrivingAfterTheRelayStoppedIsDroppedQuietly() {
        EventRelay relay = new EventRelay();
        relay.stop(null);
        Subscriber s = new Subscriber("s1", 1L, "C", new SubscriberTest.SlowSink(), 8, x -> { }, Instant.now());
        assertThatCode(() -> {
            relay.subscribe(s);
            relay.resync(s);
            relay.committed(1L);
            relay.unsubscribe(s);
        }).doesNotThrowAnyException();
        assertThat(relay.subscriberCount()).isZero();
    }
}
