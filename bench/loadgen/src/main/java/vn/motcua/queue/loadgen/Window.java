package vn.motcua.queue.loadgen;

/**
 * The measured part of a run on the {@link System#nanoTime()} clock: requests whose (intended) start falls
 * inside it are counted; warm-up before it is discarded.
 */
record Window(long startNanos, long endNanos) {

    static Window after(double warmupSeconds, double durationSeconds) {
        long start = System.nanoTime() + (long) (warmupSeconds * 1e9);
        return new Window(start, start + (long) (durationSeconds * 1e9));
    }

    boolean contains(long nanos) {
        return nanos >= startNanos && nanos < endNanos;
    }

    boolean over(long nanos) {
        return nanos >= endNanos;
    }

    double seconds() {
        return (endNanos - startNanos) / 1e9;
    }
}
