package vn.motcua.queue.backend.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** A slow client is sent a snapshot instead of its backlog; frames are never sent twice or out of order. */
class SubscriberTest {

    /** A sink whose sends complete only when the test says the bytes left (a client that does not read). */
    static final class SlowSink implements FrameSink {
        final List<String> sent = new ArrayList<>();
        final List<CompletableFuture<Void>> inFlight = new ArrayList<>();

        @Override
        public CompletionStage<Void> send(String text) {
            sent.add(text);
            CompletableFuture<Void> f = new CompletableFuture<>();
            inFlight.add(f);
            return f;
        }

        void drain() {
            List<CompletableFuture<Void>> now = new ArrayList<>(inFlight);
            inFlight.clear();
            now.forEach(f -> f.complete(null));
        }

        @Override
        public void close(String reason) {
        }

        @Override
        public boolean isOpen() {
            return true;
        }
    }

    @Test
    void slowSubscriberStopsGettingEventsAndGetsASnapshotOnceDrained() {
        SlowSink sink = new SlowSink();
        List<Subscriber> resyncs = new ArrayList<>();
        Subscriber s = new Subscriber("c1", 1L, "C", sink, 3, resyncs::add, Instant.now());
        s.snapshot(10, "snap@10");
        s.offer(11, "e11");
        s.offer(12, "e12");
        s.offer(13, "e13"); // 3 in flight: the bound is reached
        s.offer(14, "e14");
        s.offer(15, "e15");
        assertThat(sink.sent).containsExactly("snap@10", "e11", "e12");
        assertThat(s.isLagging()).isTrue();
        assertThat(resyncs).isEmpty();
        sink.drain();
        assertThat(resyncs).containsExactly(s);
        s.snapshot(15, "snap@15");
        s.offer(15, "e15");
        s.offer(16, "e16");
        assertThat(sink.sent).containsExactly("snap@10", "e11", "e12", "snap@15", "e16");
        assertThat(s.isLagging()).isFalse();
    }

    @Test
    void eventsAtOrBeforeTheSnapshotAndRepeatsAreSkipped() {
        SlowSink sink = new SlowSink();
        Subscriber s = new Subscriber("c1", 1L, "C", sink, 100, x -> { }, Instant.now());
        s.offer(1, "before any snapshot");
        s.snapshot(5, "snap@5");
        s.offer(4, "e4");
        s.offer(5, "e5");
        s.offer(6, "e6");
        s.offer(6, "e6 again");
        assertThat(sink.sent).containsExactly("snap@5", "e6");
    }
}
