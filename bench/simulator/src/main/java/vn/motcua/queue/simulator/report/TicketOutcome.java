package vn.motcua.queue.simulator.report;

import java.time.Duration;
import java.time.Instant;
import vn.motcua.queue.core.ticket.Priority;

/**
 * What happened to one ticket.
 *
 * @param firstCallAt when it was first called, or null if it was still waiting at closing
 * @param estimate    the wait shown at issue time, or null if no open counter served its service then
 * @param measured    false for tickets issued during the warm-up, which are left out of the statistics
 */
public record TicketOutcome(String number, String service, Priority priority, Instant issuedAt, Instant firstCallAt,
                            Duration estimate, Duration target, boolean noShow, boolean transferred,
                            boolean measured) {

    public boolean unserved() {
        return firstCallAt == null;
    }

    /**
     * The wait until the first call. A ticket still waiting at closing counts its wait until closing: a lower
     * bound, so that leaving citizens unserved never makes a policy's waits look shorter.
     */
    public Duration wait(Instant closeAt) {
        return Duration.between(issuedAt, firstCallAt != null ? firstCallAt : closeAt);
    }

    public boolean withinTarget() {
        return firstCallAt != null && Duration.between(issuedAt, firstCallAt).compareTo(target) <= 0;
    }
}
