package vn.motcua.queue.fanout;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * When each subscriber got each round's {@code ticket.called} frame, written by the client event loops and read
 * by the benchmark thread once the round's latch has opened (or timed out). The frame of a round is the one that
 * carries the ticket the round calls, which the benchmark knows before it calls ({@link #expect}), so a frame
 * that arrives before the HTTP response is still counted. {@code ticket.issued} and {@code ticket.finished} are
 * only counted, so that a round can start once the previous one's frames have reached every subscriber.
 */
final class Arrivals {

    enum Quiet { ISSUED, FINISHED }

    private final int subscribers;
    private final AtomicLongArray[] calledAt;
    private final CountDownLatch[] called;
    private final CountDownLatch[][] quiet;
    private final CountDownLatch snapshots;
    private final LongAdder unexpectedCalls = new LongAdder();
    private final LongAdder seqGaps = new LongAdder();
    private final LongAdder resyncs = new LongAdder();
    private final LongAdder frames = new LongAdder();
    private final LongAdder otherFrames = new LongAdder();
    private volatile int calledFrameBytes;
    private volatile int round = -1;
    private volatile String ticket;

    Arrivals(int subscribers, int rounds) {
        this.subscribers = subscribers;
        this.calledAt = new AtomicLongArray[rounds];
        this.called = new CountDownLatch[rounds];
        this.quiet = new CountDownLatch[Quiet.values().length][rounds];
        for (int r = 0; r < rounds; r++) {
            calledAt[r] = new AtomicLongArray(subscribers);
            called[r] = new CountDownLatch(subscribers);
            for (Quiet q : Quiet.values()) {
                quiet[q.ordinal()][r] = new CountDownLatch(subscribers);
            }
        }
        this.snapshots = new CountDownLatch(subscribers);
    }

    /** The ticket that round {@code r} is about to call. */
    void expect(int r, String ticketId) {
        ticket = ticketId;
        round = r;
    }

    void firstSnapshot() {
        snapshots.countDown();
    }

    /** {@code frameBytes} is 0 when the subscriber did not measure it (only one does). */
    void called(int subscriber, String ticketId, long nanos, int frameBytes) {
        int r = round;
        if (r < 0 || !ticketId.equals(ticket)) {
            unexpectedCalls.increment();
            return;
        }
        if (calledAt[r].compareAndSet(subscriber, 0, nanos)) {
            if (frameBytes > 0) {
                calledFrameBytes = frameBytes;
            }
            called[r].countDown();
        }
    }

    void quiet(Quiet kind, int nth) {
        if (nth < called.length) {
            quiet[kind.ordinal()][nth].countDown();
        }
    }

    void frame() {
        frames.increment();
    }

    /** A frame of no round, e.g. the backend's periodic stats.changed. */
    void otherFrame() {
        otherFrames.increment();
    }

    long otherFrames() {
        return otherFrames.sum();
    }

    void seqGap() {
        seqGaps.increment();
    }

    void resync() {
        resyncs.increment();
    }

    boolean awaitSnapshots(Duration timeout) throws InterruptedException {
        return snapshots.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    long snapshotsMissing() {
        return snapshots.getCount();
    }

    boolean awaitCalled(int r, Duration timeout) throws InterruptedException {
        return called[r].await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean awaitQuiet(Quiet kind, int r, Duration timeout) throws InterruptedException {
        return quiet[kind.ordinal()][r].await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Arrival time (System.nanoTime) of round r's frame at a subscriber, 0 if it never came. */
    long calledAt(int r, int subscriber) {
        return calledAt[r].get(subscriber);
    }

    int subscribers() {
        return subscribers;
    }

    long unexpectedCalls() {
        return unexpectedCalls.sum();
    }

    long seqGaps() {
        return seqGaps.sum();
    }

    long resyncs() {
        return resyncs.sum();
    }

    long frames() {
        return frames.sum();
    }

    /** Size of a ticket.called frame in UTF-8 bytes, as one subscriber got it. */
    int calledFrameBytes() {
        return calledFrameBytes;
    }
}
