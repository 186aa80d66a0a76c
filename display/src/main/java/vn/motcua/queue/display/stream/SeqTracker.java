package vn.motcua.queue.display.stream;

/**
 * Follows the event stream's sequence numbers: each event must be exactly one more than the last.
 * A gap means events were lost (the screen would be wrong), so the caller asks for a fresh snapshot.
 */
public final class SeqTracker {
    public enum Verdict { NEXT, DUPLICATE, GAP }

    private long last = -1;

    /** A snapshot with {@code seq} replaces whatever came before. */
    public void reset(long seq) {
        last = seq;
    }

    public boolean started() {
        return last >= 0;
    }

    public Verdict accept(long seq) {
        if (last < 0) {
            return Verdict.GAP;
        }
        if (seq <= last) {
            return Verdict.DUPLICATE;
        }
        if (seq != last + 1) {
            return Verdict.GAP;
        }
        last = seq;
        return Verdict.NEXT;
    }

    public long last() {
        return last;
    }
}
