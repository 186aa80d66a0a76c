package vn.motcua.queue.backend.event;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One client of a center's event stream. Frames with a seq at or below the last one it got are skipped.
 * When more than {@code maxPending} frames are still being sent to it (a slow TV, a bad network), it stops
 * getting events; once its queue has drained it is sent a fresh snapshot instead of the backlog, so one slow
 * client never slows the others or grows memory without bound.
 */
public final class Subscriber {

    private final String id;
    private final Long centerId;
    private final String centerCode;
    private final FrameSink sink;
    private final int maxPending;
    private final Consumer<Subscriber> needsSnapshot;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile long lastSeq = -1;
    private volatile boolean lagging;
    private volatile Instant lastHeard;

    public Subscriber(String id, Long centerId, String centerCode, FrameSink sink, int maxPending,
                      Consumer<Subscriber> needsSnapshot, Instant now) {
        this.id = id;
        this.centerId = centerId;
        this.centerCode = centerCode;
        this.sink = sink;
        this.maxPending = maxPending;
        this.needsSnapshot = needsSnapshot;
        this.lastHeard = now;
    }

    /** Offers an event frame; sent only when newer than what the subscriber has and it is keeping up. */
    public void offer(long seq, String frame) {
        if (seq <= lastSeq || lastSeq < 0) {
            return;
        }
        if (lagging) {
            return;
        }
        if (pending.get() >= maxPending) {
            lagging = true;
            return;
        }
        lastSeq = seq;
        send(frame);
    }

    /** Sends a snapshot taken at {@code seq}; events up to it are covered by it. */
    public void snapshot(long seq, String frame) {
        lagging = false;
        lastSeq = seq;
        send(frame);
    }

    /** Sends a frame outside the stream (an error answer). */
    public void direct(String frame) {
        send(frame);
    }

    private void send(String frame) {
        pending.incrementAndGet();
        sink.send(frame).whenComplete((ok, error) -> {
            int left = pending.decrementAndGet();
            if (error != null) {
                sink.close("send failed");
            } else if (left == 0 && lagging) {
                needsSnapshot.accept(this);
            }
        });
    }

    public void heard(Instant at) {
        lastHeard = at;
    }

    public Instant lastHeard() {
        return lastHeard;
    }

    public boolean isLagging() {
        return lagging;
    }

    public int pending() {
        return pending.get();
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String id() {
        return id;
    }

    public Long centerId() {
        return centerId;
    }

    public String centerCode() {
        return centerCode;
    }

    public FrameSink sink() {
        return sink;
    }
}
