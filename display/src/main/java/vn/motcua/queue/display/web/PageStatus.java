package vn.motcua.queue.display.web;

import java.time.Instant;

/** What the pages last reported about themselves: whether the browser blocks their audio. */
public final class PageStatus {
    private volatile boolean audioBlocked;
    private volatile Instant reportedAt;

    public void report(boolean blocked) {
        audioBlocked = blocked;
        reportedAt = Instant.now();
    }

    public boolean audioBlocked() {
        return audioBlocked;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
