package vn.motcua.queue.fanout;

import java.nio.charset.StandardCharsets;

/**
 * One subscriber's side of the event stream: notes the arrival time of every frame first, then checks that the
 * seq goes up by exactly 1 and hands the frames the benchmark waits for to {@link Arrivals}. Always called on
 * its connection's event loop, so its own fields need no locking.
 */
final class SubscriberStream {

    private final int index;
    private final Arrivals arrivals;
    private long lastSeq = -1;
    private int snapshots;
    private int issued;
    private int finished;

    SubscriberStream(int index, Arrivals arrivals) {
        this.index = index;
        this.arrivals = arrivals;
    }

    void onText(String frame) {
        long now = System.nanoTime();
        arrivals.frame();
        String type = FrameFields.string(frame, "type");
        long seq = FrameFields.number(frame, "seq");
        if ("snapshot".equals(type)) {
            if (snapshots++ == 0) {
                arrivals.firstSnapshot();
            } else {
                arrivals.resync(); // the server gave up on sending us the backlog: frames were skipped
            }
            lastSeq = seq;
            return;
        }
        if (type == null || seq < 0) {
            return; // an error frame, not part of the stream
        }
        if (lastSeq >= 0 && seq != lastSeq + 1) {
            arrivals.seqGap();
        }
        lastSeq = seq;
        switch (type) {
            case "ticket.called" -> {
                String ticket = FrameFields.string(frame, "id");
                if (ticket != null) {
                    arrivals.called(index, ticket, now,
                            index == 0 ? frame.getBytes(StandardCharsets.UTF_8).length : 0);
                }
            }
            case "ticket.issued" -> arrivals.quiet(Arrivals.Quiet.ISSUED, issued++);
            case "ticket.finished" -> arrivals.quiet(Arrivals.Quiet.FINISHED, finished++);
            case "ticket.started" -> {
            }
            default -> arrivals.otherFrame();
        }
    }
}
